// The driver that replaces libFuzzer in normal builds: runs a fuzz target's LLVMFuzzerTestOneInput
// once on every file named on the command line or found in a folder named there (dot files
// skipped), in name order. CTest runs it over regressions/<target>/ and corpus/<target>/, so an input
// that once crashed, leaked or hung stays a regression test in the normal and the ASan suites.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a target, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

namespace fs = std::filesystem;

bool collect(const fs::path &path, std::vector<fs::path> &inputs)
{
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
        inputs.push_back(path);
        return true;
    }
    if (!fs::is_directory(path, error)) {
        std::fprintf(stderr, "replay: %s is neither a file nor a folder\n", path.c_str());
        return false;
    }
    std::vector<fs::path> files;
    for (const fs::directory_entry &entry : fs::directory_iterator(path, error)) {
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            files.push_back(entry.path());
    }
    if (error) {
        std::fprintf(stderr, "replay: cannot list %s: %s\n", path.c_str(), error.message().c_str());
        return false;
    }
    std::sort(files.begin(), files.end());
    inputs.insert(inputs.end(), files.begin(), files.end());
    return true;
}

bool replay(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::error_code error;
    const auto size = std::size_t(fs::file_size(path, error));
    if (!file || error) {
        std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
        return false;
    }
    // Exactly `size` bytes on the heap, as libFuzzer hands them over: ASan sees any read past the end.
    const std::unique_ptr<uint8_t[]> data(new uint8_t[size]);
    if (!file.read(reinterpret_cast<char *>(data.get()), std::streamsize(size))) {
        std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
        return false;
    }
    std::printf("replay: %s (%zu bytes)\n", path.c_str(), size);
    std::fflush(stdout); // a crash in the target must not swallow the name of the input that caused it
    LLVMFuzzerTestOneInput(data.get(), size);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        if (!collect(argv[i], inputs))
            return 1;
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 1;
    }
    for (const fs::path &input : inputs) {
        if (!replay(input))
            return 1;
    }
    std::printf("replay: %zu inputs ran without a finding\n", inputs.size());
    return 0;
}
