// The one binary format of every model file: a header (magic, kind, version),
// typed little-endian values, and a checksum over it all. Reading checks each
// step, so a truncated or corrupt file is an Error naming it, never a crash.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace newsgraph {

static_assert(std::endian::native == std::endian::little, "model files are read as little-endian memory");

// How a model's large tables are written. Portable: the trained weights, compact, from which the tables for
// scoring are built at load (model files, `--models DIR`). Prepared: the scoring tables themselves, aligned, read
// in place without a copy; the build makes these images of the shipped models for the program to carry, so that
// it starts without building them (they hold the same weights: a program and its tests make them, they are
// never files of their own).
enum class ModelLayout { Portable, Prepared };

// Builds a model file in memory; finish() returns its bytes.
class ModelWriter {
public:
    // `kind` names the component ("tagger", "parser"); `version` its format version.
    ModelWriter(std::string_view kind, std::uint32_t version, ModelLayout layout = ModelLayout::Portable);

    bool prepared() const { return layout_ == ModelLayout::Prepared; }

    void put_u8(std::uint8_t value) { put_raw(&value, sizeof value); }
    void put_u32(std::uint32_t value) { put_raw(&value, sizeof value); }
    void put_u64(std::uint64_t value) { put_raw(&value, sizeof value); }
    void put_f32(float value) { put_raw(&value, sizeof value); }
    void put_string(std::string_view value);
    void put_strings(const std::vector<std::string>& values);
    // A count and the elements' bytes, for arrays of plain numbers.
    template <typename T>
    void put_array(std::span<const T> values) {
        static_assert(std::is_arithmetic_v<T>);
        put_u64(values.size());
        put_raw(values.data(), values.size_bytes());
    }
    template <typename T>
    void put_array(const std::vector<T>& values) {
        put_array(std::span<const T>(values));
    }

    // A count, zero bytes up to the next multiple of kAlignment from the file's start, and the elements' bytes:
    // the form a prepared model's tables are read in place in (any trivially copyable element without padding).
    template <typename T>
    void put_aligned(std::span<const T> values) {
        static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
        put_u64(values.size());
        bytes_.append((kAlignment - bytes_.size() % kAlignment) % kAlignment, '\0');
        put_raw(values.data(), values.size_bytes());
    }
    static constexpr std::size_t kAlignment = 64;

    // The finished file: everything put so far and its checksum.
    std::string finish() const;
    // Writes the finished file to `path` through a temporary file renamed into place.
    void save(const std::string& path) const;

private:
    void put_raw(const void* data, std::size_t size) {
        if (size > 0) bytes_.append(static_cast<const char*>(data), size);  // an empty array's data() may be null
    }
    std::string bytes_;
    ModelLayout layout_;
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
    bool prepared() const { return prepared_; }
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
    // What put_aligned() wrote, as a view of the bytes read (which must outlive it); throws when the bytes are
    // not aligned for T in memory.
    template <typename T>
    std::span<const T> get_aligned() {
        std::uint64_t count = get_u64();
        const std::size_t in_file = kHeadBytes + position_;
        skip((ModelWriter::kAlignment - in_file % ModelWriter::kAlignment) % ModelWriter::kAlignment);
        if (count > remaining() / sizeof(T)) fail("array longer than the file");
        const char* at = body_.data() + position_;
        if (reinterpret_cast<std::uintptr_t>(at) % alignof(T) != 0) fail("a prepared table is not aligned in memory");
        position_ += count * sizeof(T);
        return {reinterpret_cast<const T*>(at), static_cast<std::size_t>(count)};
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
    void skip(std::size_t size) {
        if (size > remaining()) fail("unexpected end of data");
        position_ += size;
    }
    std::size_t remaining() const { return body_.size() - position_; }

    static constexpr std::size_t kHeadBytes = 16;  // the magic line before the body
    std::string_view body_;                        // after the header, before the checksum
    std::size_t position_ = 0;
    std::string name_;
    std::uint32_t version_ = 0;
    bool prepared_ = false;
};

// The kind of model `bytes` hold ("tagger", "parser"), read from their header; throws Error naming `name` when they
// are not a model file.
std::string model_kind(std::string_view bytes, const std::string& name);

// Reads a whole model file; throws Error naming it when it cannot be read or is a prepared image (which only
// the program carries: its tables are views of bytes that must live as long as the model).
std::string read_model_bytes(const std::string& path);

}  // namespace newsgraph
