# libFuzzer build (tests/fuzz, never part of .ci/run): configure a separate build directory with
#   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DCONTINUUM_FUZZ=ON
# Everything we compile gets coverage instrumentation plus ASan/UBSan; the system GDCM, DCMTK and
# Qt are not instrumented, so coverage (and sanitizer checks) reach only our own code.
option(CONTINUUM_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
if(CONTINUUM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CONTINUUM_FUZZ needs clang++ (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
