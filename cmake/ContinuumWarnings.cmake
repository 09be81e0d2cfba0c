# Warnings for our own targets only (toolkit headers are included as SYSTEM by their targets).
function(continuum_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
endfunction()
