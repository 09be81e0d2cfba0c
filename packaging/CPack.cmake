# The Debian package (CPack DEB). Its Depends are the runtime-tagged packages of
# packaging/debian-packages.txt (the one list of packages, read here the way packaging/bootstrap
# reads it) plus what dpkg-shlibdeps finds the binary linked against.
set(CONTINUUM_PACKAGE_LIST "${CMAKE_CURRENT_LIST_DIR}/debian-packages.txt")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CONTINUUM_PACKAGE_LIST}")
file(STRINGS "${CONTINUUM_PACKAGE_LIST}" package_lines)
set(runtime_packages)
foreach(line IN LISTS package_lines)
  # "<package> <tag> [anything]"; blank lines and lines starting with # are skipped.
  if(line MATCHES "^[ \t]*([^ \t#][^ \t]*)[ \t]+([^ \t]+)" AND CMAKE_MATCH_2 STREQUAL "runtime")
    list(APPEND runtime_packages "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(NOT runtime_packages)
  message(FATAL_ERROR "${CONTINUUM_PACKAGE_LIST} lists no runtime package")
endif()
list(JOIN runtime_packages ", " CONTINUUM_RUNTIME_DEPENDS)

set(CONTINUUM_PACKAGE_MAINTAINER "Continuum developers <continuum@localhost>" CACHE STRING
    "The Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "continuum")
set(CPACK_PACKAGE_VENDOR "Continuum")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diagnostic DICOM viewer for radiology, cardiology and oncology")
set(CPACK_PACKAGE_CONTACT "${CONTINUUM_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# The RelWithDebInfo binary is mostly debug information.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # continuum_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts the summary on the first line and formats this body the way Debian policy wants.
# Lines under 80 columns, as Debian policy asks.
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Continuum reads DICOM studies from files, media and PACS archives (DIMSE"
    "and DICOMweb) and shows them for diagnostic reading: worklist and catalog,"
    "hanging protocols with priors, MPR, cardiology cine with ECG, oncology"
    "follow-up and a patient timeline.")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CONTINUUM_RUNTIME_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
