#!/usr/bin/env bash
# Index an archive in shards with GNU parallel, then merge the shards.
#
#   scale/parallel_index.sh [-j SLOTS] [-n SHARDS] [-S SSHLOGINS] [-t TRANSLINT] ARCHIVE OUT.sqlite
#
# Each shard is `translint index ARCHIVE --shard K/N --db OUT.shards/K.sqlite`:
# the K-th of every N files of the sorted list, so every machine that sees the
# archive at the same path computes the same shards. On one machine, -j sets the
# job slots; with -S (GNU parallel's --sshlogin, e.g. "8/alpha,8/beta,:") the
# shards run on those machines, which need translint on their PATH (or -t) and
# the archive and the working folder at the same paths (a shared file system).
# The shards' databases are kept in OUT.shards/ (a later run re-indexes each
# incrementally); `translint merge` writes OUT.sqlite and runs the corpus checks
# over the whole archive. Exits non-zero when any shard or the merge fails.
set -euo pipefail
slots=$(nproc)
shards=""
logins=""
translint=translint
while getopts "j:n:S:t:" flag; do
  case $flag in
    j) slots=$OPTARG ;;
    n) shards=$OPTARG ;;
    S) logins=$OPTARG ;;
    t) translint=$OPTARG ;;
    *) echo "usage: $0 [-j SLOTS] [-n SHARDS] [-S SSHLOGINS] [-t TRANSLINT] ARCHIVE OUT.sqlite" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -ne 2 ]; then
  echo "usage: $0 [-j SLOTS] [-n SHARDS] [-S SSHLOGINS] [-t TRANSLINT] ARCHIVE OUT.sqlite" >&2
  exit 2
fi
archive=$1
out=$2
shards=${shards:-$slots}
mkdir -p "$out.shards"
remote=()
[ -n "$logins" ] && remote=(--sshlogin "$logins" --workdir "$PWD")
# One worker thread per job: the job slots are the parallelism.
parallel --halt now,fail=1 --jobs "$slots" "${remote[@]}" --tagstring "shard {}/$shards" \
  "$translint" index "$archive" --shard "{}/$shards" --db "$out.shards/{}.sqlite" -j 1 ::: $(seq 1 "$shards")
# Only this run's shards: a shard file left from a run with more shards is not merged.
"$translint" merge $(for k in $(seq 1 "$shards"); do printf '%s ' "$out.shards/$k.sqlite"; done) --db "$out"
