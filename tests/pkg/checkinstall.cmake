# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install into an empty prefix: every file a distribution needs is
# there, and the installed program runs from there (the guides and the
# translations are inside it).
#   cmake -DBUILD_DIR=… -DPREFIX=… -DPLUGINDIR=… -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${status}")
endif()
foreach(file
        bin/pasapas
        share/applications/org.pasapas.pasapas.desktop
        share/metainfo/org.pasapas.pasapas.metainfo.xml
        share/icons/hicolor/scalable/apps/org.pasapas.pasapas.svg
        share/man/man1/pasapas.1
        lib/systemd/system/pasapas-kiosk@.service
        # loaded on first use: printing, reading aloud and the camera (src/plugins)
        ${PLUGINDIR}/pasapas/pasapas_printing.so
        ${PLUGINDIR}/pasapas/pasapas_media.so)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
endforeach()
# The installed program checks its bundled guides, far from the source tree.
execute_process(COMMAND "${PREFIX}/bin/pasapas" --check-guides
    WORKING_DIRECTORY "${PREFIX}" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the installed pasapas --check-guides failed:\n${out}")
endif()
message(STATUS "${out}")
file(REMOVE_RECURSE "${PREFIX}")
