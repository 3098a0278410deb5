# Packages, made by CPack from the install rules (app/, resources/ and the Debian files below).
#
#   DEB, TGZ    built and checked by installers/build-packages.sh and check-package.sh (and CI).
#   NSIS        Windows installer. Configured, untested: Kubeminder is not built on Windows yet,
#               and the Qt DLLs and plugins would first have to be deployed (windeployqt).
#   DragNDrop   macOS disk image. Configured, untested: it packs the install tree as it is; a real
#               app needs the executable built as a MACOSX_BUNDLE and macdeployqt run on it.
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME kubeminder)
set(CPACK_PACKAGE_VENDOR "The Kubeminder authors")
set(CPACK_PACKAGE_CONTACT "Kubeminder maintainers <maintainers@kubeminder.io>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Kubeminder)
set(CPACK_PACKAGE_EXECUTABLES kubeminder Kubeminder)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
# The package's folders are 0755 whatever the umask of the machine that builds it.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "\\\\.swp$" "~$")
# Per generator: only the .deb takes the Debian-only files, the "debian" install component that a
# plain "cmake --install" leaves out (see cpack-generators.cmake).
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-generators.cmake)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop TGZ)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- DEB ----------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME kubeminder)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # kubeminder_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps finds the libraries the binary links (Qt, yaml-cpp, OpenSSL, libssh, libc) and
# appends them to Depends. Qt loads its platform plugins at run time, so shlibdeps cannot see them:
# Debian 12 ships xcb in libqt6gui6 (linked, so already a dependency) and the others in
# qt6-qpa-plugins; Wayland sessions need qt6-wayland, and themed SVG icons libqt6svg6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(KUBEMINDER_BUILD_GUI)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, libqt6svg6")
endif()
# Only for a ProxyJump hop in ~/.ssh/config; Kubeminder speaks SSH itself (libssh).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssh-client")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents this extended description and
# turns its empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kubeminder reads every kubeconfig you have, shows every context with how long
its credentials (client certificate, token, cluster CA) have left, and warns
before anything expires: in a window, from the system tray with desktop
notifications, and on the command line (kubeminder check, with JSON and
Prometheus output for scripts and monitoring).

It refreshes a stale context from a fresh kubeconfig, read from a local file or
fetched over SSH from a K3s server, and backs up every kubeconfig it writes.")

# Debian policy wants the copyright file in machine-readable form and a changelog in every
# package's doc folder (lintian reports either missing as an error); lintian-overrides says why
# the one warning left does not apply.
set(debianCopyright ${PROJECT_BINARY_DIR}/installers/copyright)
file(STRINGS ${PROJECT_SOURCE_DIR}/LICENSE licenseLines)
set(licenseText "")
foreach(line IN LISTS licenseLines)
    if(line STREQUAL "")
        string(APPEND licenseText " .\n")
    else()
        string(APPEND licenseText " ${line}\n")
    endif()
endforeach()
file(WRITE ${debianCopyright}.in
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Kubeminder
Upstream-Contact: ${CPACK_PACKAGE_CONTACT}
Source: ${PROJECT_HOMEPAGE_URL}

Files: *
Copyright: 2026 The Kubeminder authors
License: MIT
${licenseText}")
# Rewritten only when it changes, so a reconfigure does not reinstall it.
configure_file(${debianCopyright}.in ${debianCopyright} COPYONLY)

file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog changelogTop LIMIT_COUNT 1)
if(NOT changelogTop MATCHES "^kubeminder \\(${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}\\) ")
    message(WARNING "installers/debian/changelog: the newest entry is not "
                    "${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
endif()

if(UNIX AND NOT APPLE)
    set(docDir ${CMAKE_INSTALL_DATADIR}/doc/kubeminder)
    install(FILES ${debianCopyright} DESTINATION ${docDir})
    find_program(KUBEMINDER_GZIP gzip)
    if(KUBEMINDER_GZIP)
        add_custom_command(
            OUTPUT ${PROJECT_BINARY_DIR}/installers/changelog.Debian.gz
            COMMAND ${KUBEMINDER_GZIP} -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/debian/changelog
                    > ${PROJECT_BINARY_DIR}/installers/changelog.Debian.gz
            DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog
            COMMENT "Compressing the Debian changelog"
            VERBATIM)
        add_custom_target(kubeminder_debian_changelog ALL
            DEPENDS ${PROJECT_BINARY_DIR}/installers/changelog.Debian.gz)
        install(FILES ${PROJECT_BINARY_DIR}/installers/changelog.Debian.gz
            DESTINATION ${docDir} COMPONENT debian EXCLUDE_FROM_ALL)
    endif()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME kubeminder
        COMPONENT debian EXCLUDE_FROM_ALL)
endif()

# --- NSIS (Windows; untested) -------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME Kubeminder)
set(CPACK_NSIS_DISPLAY_NAME Kubeminder)
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/kubeminder.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MODIFY_PATH ON) # offer to put kubeminder on PATH for the commands
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# --- DragNDrop (macOS; untested) ----------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME Kubeminder)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
