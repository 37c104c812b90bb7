# Compiles every .java file under the '|'-separated SOURCES directories into
# CLASSES and packs them into the jar OUT (run at build time, after SWIG has
# generated its classes, so the file list is known only then), with the files
# under the directory RESOURCES if given (the JNI library).
string(REPLACE "|" ";" dirs "${SOURCES}")
set(files)
foreach(d ${dirs})
  file(GLOB f ${d}/*.java)
  list(APPEND files ${f})
endforeach()
file(REMOVE_RECURSE ${CLASSES})
file(MAKE_DIRECTORY ${CLASSES})
set(cp)
if(CLASSPATH)
  set(cp -cp ${CLASSPATH})
endif()
execute_process(COMMAND ${JAVAC} -Xlint:all -Xlint:-serial -Werror -encoding UTF-8 --release 11
                        ${cp} -d ${CLASSES} ${files} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "javac failed")
endif()
set(res)
if(RESOURCES)
  set(res -C ${RESOURCES} .)
endif()
execute_process(COMMAND ${JAR} cf ${OUT} -C ${CLASSES} . ${res} RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "jar failed")
endif()
