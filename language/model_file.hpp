// The one binary format of every model file: a header (magic, kind, version),
// typed little-endian values, and a checksum over it all. Reading checks each
// step, so a truncated or corrupt file is an Error naming it, never a crash.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace newsgraph {

static_assert(std::endian::native == std::endian::little, "model files are read as little-endian memory");

// Builds a model file in memory; finish() returns its bytes.
class ModelWriter {
public:
    // `kind` names the component ("tagger", "parser"); `version` its format version.
    ModelWriter(std::string_view kind, std::uint32_t version);

    void put_u8(std::uint8_t value) { put_raw(&value, sizeof value); }
    void put_u32(std::uint32_t value) { put_raw(&value, sizeof value); }
    void put_u64(std::uint64_t value) { put_raw(&value, sizeof value); }
    void put_f32(float value) { put_raw(&value, sizeof value); }
    void put_string(std::string_view value);
    void put_strings(const std::vector<std::string>& values);
    // A count and the elements' bytes, for arrays of plain numbers.
    template <typename T>
    void put_array(const std::vector<T>& values) {
        static_assert(std::is_arithmetic_v<T>);
        put_u64(values.size());
        put_raw(values.data(), values.size() * sizeof(T));
    }

    // The finished file: everything put so far and its checksum.
    std::string finish() const;
    // Writes the finished file to `path` through a temporary file renamed into place.
    void save(const std::string& path) const;

private:
    void put_raw(const void* data, std::size_t size) {
        if (size > 0) bytes_.append(static_cast<const char*>(data), size);  // an empty array's data() may be null
    }
    std::string bytes_;
};

// Whether a reader verifies the checksum: files are; the models built into the program are
// part of its read-only image (their checksums are verified by the test suite).
enum class ModelIntegrity { Verify, Trusted };

// Reads a model file checked by its header and checksum. Every read past the end,
// or of a count larger than what remains, throws Error "NAME: corrupt model file: ...".
class ModelReader {
public:
    // `name` is used in errors (usually the path). Throws when the magic, kind, checksum or
    // version (newer than `max_version`) is wrong; the checksum is not computed when `integrity` is Trusted.
    ModelReader(std::string_view bytes, std::string name, std::string_view kind, std::uint32_t max_version,
                ModelIntegrity integrity = ModelIntegrity::Verify);

    std::uint32_t version() const { return version_; }
    std::uint8_t get_u8() { return get_plain<std::uint8_t>(); }
    std::uint32_t get_u32() { return get_plain<std::uint32_t>(); }
    std::uint64_t get_u64() { return get_plain<std::uint64_t>(); }
    float get_f32() { return get_plain<float>(); }
    std::string get_string();
    std::vector<std::string> get_strings();
    template <typename T>
    std::vector<T> get_array() {
        static_assert(std::is_arithmetic_v<T>);
        std::uint64_t count = get_u64();
        if (count > remaining() / sizeof(T)) fail("array longer than the file");
        std::vector<T> values(count);
        get_raw(values.data(), count * sizeof(T));
        return values;
    }
    // Throws unless every byte was read (a file longer than its reader expects is corrupt too).
    void expect_end() const;
    const std::string& name() const { return name_; }
    [[noreturn]] void fail(const std::string& what) const;

private:
    template <typename T>
    T get_plain() {
        T value;
        get_raw(&value, sizeof value);
        return value;
    }
    void get_raw(void* out, std::size_t size);
    std::size_t remaining() const { return body_.size() - position_; }

    std::string_view body_;  // after the header, before the checksum
    std::size_t position_ = 0;
    std::string name_;
    std::uint32_t version_ = 0;
};

// Reads a whole file; throws Error naming it when it cannot be read.
std::string read_model_bytes(const std::string& path);

}  // namespace newsgraph
