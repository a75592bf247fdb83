#define CATCH_CONFIG_RUNNER
#include <cstdlib>

#include <catch2/catch.hpp>

int main(int argc, char** argv) {
  // Tests must not read or fill the user's rule cache; the cache's own tests
  // name a folder of their own.
  setenv("TRANSLINT_NO_CACHE", "1", 1);
  return Catch::Session().run(argc, argv);
}
