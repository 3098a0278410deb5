# Debian's hardening flags, as a Debian package build takes them from dpkg-buildflags: fortified libc
# calls, the stack protector, full RELRO. Not -g: the package is stripped anyway. Sourced by
# build-packages.sh and run-tests.sh, so the build CI tests is the build it packages; sets
# hardening_cmake_args (empty where dpkg-buildflags is missing).
hardening_cmake_args=()
if command -v dpkg-buildflags >/dev/null 2>&1; then
    hardening_cxxflags=()
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    for flag in $(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS); do
        [[ "$flag" == -g ]] || hardening_cxxflags+=("$flag")
    done
    hardening_cmake_args=(-DCMAKE_CXX_FLAGS="${hardening_cxxflags[*]}"
                          -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)")
fi
