# Debian packages by CPack (`cpack -G DEB` in a build tree configured with
# -DCMAKE_INSTALL_PREFIX=/usr; scripts/package_deb.sh does it all):
#   libvelferd0     component runtime: the shared library (SONAME libvelferd.so.0)
#   libvelferd-dev  component dev: headers, static library, libvelferd.so,
#                   velferd.pc and the CMake package; depends on libvelferd0 (= version)
#   velferd         component cli: the command-line tool and its man page;
#                   depends on libvelferd0 (= version)
# Only these components are packaged: the bindings' files never are.
# docs/packaging.md describes the packages.
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev cli)
set(CPACK_PACKAGE_NAME velferd)
set(CPACK_PACKAGE_VENDOR "velferd")
set(CPACK_PACKAGE_CONTACT "velferd developers <dev@velferd.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's description starts with its own summary line: CPack would
# put the project's description in front unless the summary is its default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://velferd.invalid/")
set(CPACK_STRIP_FILES ON)
# Component dependencies become Depends with the exact version.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_COMPONENT_DEV_DEPENDS runtime)
set(CPACK_COMPONENT_CLI_DEPENDS runtime)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libvelferd${VELFERD_SOVERSION})
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# The shlibs control file (libvelferd 0 libvelferd0 (>= VERSION)), and the
# ldconfig trigger Debian wants (CPack 3.25 also calls ldconfig in postinst).
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/deb/triggers)
# (Descriptions: summary line, then paragraphs; CPack indents them.)
set(VF_DEB_ABOUT "velferd is an embeddable C library for Norwegian municipal social services:
economic social assistance with Bergen's 80 % rule, the qualification
programme and its benefit, KOSTRA-style indicators and KOSTRA files, with
exact money and an explanation of every amount.
")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "Norwegian municipal social services rules - library
${VF_DEB_ABOUT}
This package contains the shared library.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libvelferd-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEV_DESCRIPTION "Norwegian municipal social services rules - development files
${VF_DEB_ABOUT}
This package contains the headers, the static library, the pkg-config file
velferd.pc and the CMake package (find_package(velferd)).")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME velferd)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CLI_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps finds libvelferd.so.0 in the build tree; its Depends comes
# from the component dependency above.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib)
set(CPACK_COMPONENT_CLI_DESCRIPTION "Norwegian municipal social services rules - command-line tool
${VF_DEB_ABOUT}
This package contains the command-line tool velferd (calculations with
their explanation, synthetic registers, indicators, HTML reports, KOSTRA
files) and its manual page.")

# Every package carries its copyright file and a Debian changelog
# (/usr/share/doc/<package>/), as Debian policy requires.
set(VF_DEB_CHANGELOG ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)
# (string(TIMESTAMP) takes SOURCE_DATE_EPOCH when set: reproducible builds.)
string(TIMESTAMP VF_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${PROJECT_SOURCE_DIR}/packaging/deb/changelog.in
  ${PROJECT_BINARY_DIR}/packaging/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${VF_DEB_CHANGELOG}
  COMMAND gzip -9nc ${PROJECT_BINARY_DIR}/packaging/changelog.Debian > ${VF_DEB_CHANGELOG}
  DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.Debian VERBATIM)
add_custom_target(velferd_deb_changelog ALL DEPENDS ${VF_DEB_CHANGELOG})
foreach(c runtime dev cli)
  string(TOUPPER ${c} C)
  set(pkg ${CPACK_DEBIAN_${C}_PACKAGE_NAME})
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/deb/copyright ${VF_DEB_CHANGELOG}
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${pkg} COMPONENT ${c})
endforeach()

include(CPack)
