#define CATCH_CONFIG_RUNNER
#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

int main(int argc, char** argv) {
  // Tests must not read or fill the user's caches: they share one beside the
  // build (rule tables, the Vectorscan database, the dictionaries' word set),
  // so they run as a user's warm start does; the cache's own tests name a
  // folder of their own.
  const std::string binary = TRANSLINT_BINARY;
  setenv("TRANSLINT_CACHE_DIR", (binary.substr(0, binary.rfind('/')) + "/test-cache").c_str(), 1);
  unsetenv("TRANSLINT_NO_CACHE");
  return Catch::Session().run(argc, argv);
}
