# Hardening builds: AddressSanitizer + UndefinedBehaviorSanitizer over everything
# (library, program, tests), and libFuzzer targets under tests/fuzz (clang only).
option(NEWSGRAPH_SANITIZE "Build library, program and tests with -fsanitize=address,undefined" OFF)
option(NEWSGRAPH_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang; implies NEWSGRAPH_SANITIZE)" OFF)

if(NEWSGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NEWSGRAPH_FUZZ needs clang (libFuzzer), e.g. -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  # Fuzzing without the sanitizers finds only outright crashes; the sanitizer
  # runtime also provides the coverage callbacks every other program needs.
  set(NEWSGRAPH_SANITIZE ON)
endif()

if(NEWSGRAPH_SANITIZE)
  # No recovery from UB: a report fails the test instead of scrolling past. The
  # one exception, pointer-overflow, stays recoverable so that
  # tests/sanitize/ubsan.supp can silence it in RapidJSON's headers; everywhere
  # else halt_on_error (tests/sanitize) stops it too.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
                      -fsanitize-recover=pointer-overflow)
  add_link_options(-fsanitize=address,undefined)
endif()

if(NEWSGRAPH_FUZZ)
  # Coverage feedback for libFuzzer in all our code; the fuzz targets add the driver.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
