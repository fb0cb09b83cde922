#include "language/model_file.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/error.hpp"
#include "core/iri.hpp"

namespace newsgraph {

namespace {

constexpr std::string_view kMagic = "newsgraph-model\n";
constexpr std::string_view kPreparedMagic = "newsgraph-image\n";
static_assert(kMagic.size() == kPreparedMagic.size() && kMagic.size() == 16, "ModelReader::kHeadBytes");

}  // namespace

ModelWriter::ModelWriter(std::string_view kind, std::uint32_t version, ModelLayout layout) : layout_(layout) {
    bytes_.append(layout == ModelLayout::Prepared ? kPreparedMagic : kMagic);
    put_string(kind);
    put_u32(version);
}

void ModelWriter::put_string(std::string_view value) {
    put_u64(value.size());
    put_raw(value.data(), value.size());
}

void ModelWriter::put_strings(const std::vector<std::string>& values) {
    put_u64(values.size());
    for (const std::string& value : values) put_string(value);
}

std::string ModelWriter::finish() const {
    std::string file = bytes_;
    std::uint64_t sum = stable_hash(bytes_);
    file.append(reinterpret_cast<const char*>(&sum), sizeof sum);
    return file;
}

void ModelWriter::save(const std::string& path) const {
    std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        std::string file = finish();
        out.write(file.data(), static_cast<std::streamsize>(file.size()));
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw Error(path, "cannot write model file");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw Error(path, "cannot move model file into place");
    }
}

ModelReader::ModelReader(std::string_view bytes, std::string name, std::string_view kind, std::uint32_t max_version,
                         ModelIntegrity integrity)
    : name_(std::move(name)) {
    if (bytes.size() < kMagic.size() + sizeof(std::uint64_t)) throw Error(name_, "not a newsgraph model file");
    prepared_ = bytes.substr(0, kMagic.size()) == kPreparedMagic;
    if (!prepared_ && bytes.substr(0, kMagic.size()) != kMagic) throw Error(name_, "not a newsgraph model file");
    std::string_view covered = bytes.substr(0, bytes.size() - sizeof(std::uint64_t));
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + covered.size(), sizeof stored);
    if (integrity == ModelIntegrity::Verify && stored != stable_hash(covered))
        throw Error(name_, "corrupt model file: checksum mismatch (truncated or damaged)");
    body_ = covered.substr(kMagic.size());
    std::string found_kind = get_string();
    if (found_kind != kind)
        throw Error(name_, "model file holds a " + found_kind + " model, expected a " + std::string(kind) + " model");
    version_ = get_u32();
    if (version_ == 0 || version_ > max_version)
        throw Error(name_, "model format version " + std::to_string(version_) +
                               " is not supported (this program reads up to " + std::to_string(max_version) + ")");
}

std::string ModelReader::get_string() {
    std::uint64_t size = get_u64();
    if (size > remaining()) fail("string longer than the file");
    std::string value(body_.substr(position_, size));
    position_ += size;
    return value;
}

std::vector<std::string> ModelReader::get_strings() {
    std::uint64_t count = get_u64();
    if (count > remaining() / sizeof(std::uint64_t)) fail("list longer than the file");
    std::vector<std::string> values;
    values.reserve(count);
    for (std::uint64_t i = 0; i < count; ++i) values.push_back(get_string());
    return values;
}

void ModelReader::get_raw(void* out, std::size_t size) {
    if (size > remaining()) fail("unexpected end of data");
    if (size == 0) return;  // an empty array's data() may be null, which memcpy must not get
    std::memcpy(out, body_.data() + position_, size);
    position_ += size;
}

void ModelReader::expect_end() const {
    if (remaining() != 0) fail(std::to_string(remaining()) + " unexpected bytes at the end");
}

void ModelReader::fail(const std::string& what) const { throw Error(name_, "corrupt model file: " + what); }

std::string model_kind(std::string_view bytes, const std::string& name) {
    std::uint64_t size = 0;
    const std::string_view magic = bytes.substr(0, kMagic.size());
    if ((magic != kMagic && magic != kPreparedMagic) || bytes.size() < kMagic.size() + sizeof size)
        throw Error(name, "not a newsgraph model file");
    std::memcpy(&size, bytes.data() + kMagic.size(), sizeof size);
    if (size > bytes.size() - kMagic.size() - sizeof size) throw Error(name, "corrupt model file: bad kind");
    return std::string(bytes.substr(kMagic.size() + sizeof size, size));
}

std::string read_model_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, "cannot open model file");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error(path, "read error");
    if (bytes.compare(0, kPreparedMagic.size(), kPreparedMagic) == 0)
        throw Error(path, "a prepared model image, which only the program carries, not a model file");
    return bytes;
}

}  // namespace newsgraph
