// A temporary directory for one test, removed with everything in it afterwards.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "newsgraph-test-XXXXXX").string();
        root_ = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // Absolute path of `relative` inside the directory (the directory itself for "").
    std::string path(const std::string& relative) const {
        return relative.empty() ? root_.string() : (root_ / relative).string();
    }
    // Writes `contents` to `relative`, creating parent directories.
    void write(const std::string& relative, const std::string& contents) const {
        std::filesystem::path file = root_ / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << contents;
    }

private:
    std::filesystem::path root_;
};
