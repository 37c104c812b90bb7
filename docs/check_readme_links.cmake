# README.md must link every document in docs/ (docs/NAME.md), so a newcomer
# finds it from the front page. Run as: cmake -DSRC=<source dir> -P this file.
file(GLOB docs RELATIVE ${SRC}/docs ${SRC}/docs/*.md)
file(READ ${SRC}/README.md readme)
set(missing "")
foreach(d ${docs})
  string(FIND "${readme}" "(docs/${d})" at)
  if(at EQUAL -1)
    list(APPEND missing ${d})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "README.md does not link docs/: ${missing} "
          "(add a line '- [docs/NAME.md](docs/NAME.md): ...' under '## Documentation')")
endif()
list(LENGTH docs n)
message(STATUS "README.md links all ${n} documents in docs/")
