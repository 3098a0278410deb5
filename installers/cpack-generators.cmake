# Read by cpack once for each generator (CPACK_PROJECT_CONFIG_FILE), with CPACK_GENERATOR set to it.
# The .deb takes, besides the whole install tree, the "debian" install component (the Debian
# changelog and the lintian overrides), which is EXCLUDE_FROM_ALL so that no other package and no
# plain "cmake --install" gets it.
if(CPACK_GENERATOR STREQUAL "DEB")
    list(LENGTH CPACK_INSTALL_CMAKE_PROJECTS length)
    if(length EQUAL 4)
        list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 buildDir)
        list(GET CPACK_INSTALL_CMAKE_PROJECTS 1 projectName)
        list(GET CPACK_INSTALL_CMAKE_PROJECTS 3 subDirectory)
        list(APPEND CPACK_INSTALL_CMAKE_PROJECTS ${buildDir} ${projectName} debian ${subDirectory})
    endif()
endif()
