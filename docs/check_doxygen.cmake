# ctest: runs Doxygen and fails, listing the warnings, if there are any.
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${DOXYGEN} ${DOXYFILE} RESULT_VARIABLE rc ERROR_VARIABLE stderr
  OUTPUT_VARIABLE stdout)
set(log "")
if(EXISTS ${OUT}/warnings.log)
  file(READ ${OUT}/warnings.log log)
endif()
string(STRIP "${log}" log)
if(NOT rc EQUAL 0 OR NOT log STREQUAL "")
  message(FATAL_ERROR "Doxygen warnings (every public symbol needs a doc comment):\n${log}\n${stderr}")
endif()
message(STATUS "Doxygen: no warnings")
