// ClusterNames: groups the spellings of unlisted names that are very likely one
// name (Sergei / Sergey, Zhaparov / Japarov), for names/unlisted-variants and
// `translint discover`.
//
// Input: every occurrence of a capitalized name word that no rule table lists,
// with the capitalized word just before it (a given name, or ""). Spellings that
// differ only in case are one spelling. Two spellings join a cluster when the
// name key (translit/name_key.h) says they are one name and their given names do
// not contradict it: "Sadyr Japarov" and "Akylbek Zhaparov" stay apart. A
// spelling the dictionary knows is read literally (Michael is not Mikhail). Only
// clusters of two or more spellings are returned.
// Pure function; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace translint {

struct NameOccurrence {
  std::string spelling;    // as written
  std::string given;       // the capitalized word before it, or ""
  Span span;
  Span given_span;         // empty when there is no given name
  size_t document = 0;     // index of the document, for clusters across files
  bool known_word = false;  // the dictionary knows the spelling (as a proper noun)
};

struct SpellingCount {
  std::string spelling;             // as first written
  std::vector<size_t> occurrences;  // indices into the input, in input order
};

struct NameCluster {
  std::vector<SpellingCount> spellings;  // most frequent first; ties: first written first
};

std::vector<NameCluster> ClusterNames(const std::vector<NameOccurrence>& occurrences, std::string_view language);

// A full name no table lists: a given name (or a hyphenated compound of them)
// and a surname.
struct FullName {
  std::string given, surname;
  bool given_known = false, surname_known = false;  // dictionary words (as proper nouns)
};

// Groups distinct full names that are very likely one person's name spelled in
// different ways (Sergei Furgal / Sergey Furgal; Zhanibek / Janibek Suleimenov):
// surnames and given names are each the same name by the name key, with its
// guards (gender forms, patronymics). Two different spellings that the
// dictionary both knows are two names (Davis / Davies, Katharine / Katherine):
// the names a dictionary lists are established spellings, not transliterations. Returns the groups of two or more, as
// indices into `names` in input order, ordered by their first member.
std::vector<std::vector<size_t>> ClusterFullNames(const std::vector<FullName>& names, std::string_view language);

}  // namespace translint
