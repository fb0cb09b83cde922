// Temporary file + fsync + rename, over a file-descriptor stream buffer that
// reports the first failed write (ENOSPC, EIO...) instead of swallowing it and
// starts the disk's writeback as it goes.
#include "exporters/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <streambuf>
#include <vector>

#include "core/error.hpp"
#include "exporters/temp_file_registry.hpp"

namespace newsgraph {

class AtomicFile::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : fd_(fd), data_(1 << 16) { setp(data_.data(), data_.data() + data_.size()); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }
    // A block at least as large as the buffer goes straight to the file, without a copy.
    std::streamsize xsputn(const char* text, std::streamsize count) override {
        if (count < static_cast<std::streamsize>(data_.size())) return std::streambuf::xsputn(text, count);
        if (!drain() || !write_all(text, static_cast<std::size_t>(count))) return 0;
        return count;
    }

private:
    bool drain() {
        if (!write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()))) return false;
        setp(data_.data(), data_.data() + data_.size());
        return true;
    }
    bool write_all(const char* at, std::size_t size) {
        if (error_) return false;
        const char* end = at + size;
        while (at < end) {
            ssize_t written = ::write(fd_, at, static_cast<std::size_t>(end - at));
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) {
                error_ = written < 0 ? errno : EIO;
                return false;
            }
            at += written;
            unflushed_ += static_cast<std::size_t>(written);
        }
        start_writeback();
        return true;
    }
    // Once a block's worth has been written since the last call, asks the kernel
    // to start putting it on disk without waiting: the disk works while the rest
    // is formatted, and the final fsync has only the tail left. (Advice only:
    // where it fails, as on a pipe, fsync does it all.)
    void start_writeback() {
        if (unflushed_ < kWritebackBlock) return;
        ::sync_file_range(fd_, static_cast<off_t>(flushed_), static_cast<off_t>(unflushed_), SYNC_FILE_RANGE_WRITE);
        flushed_ += unflushed_;
        unflushed_ = 0;
    }
    static constexpr std::size_t kWritebackBlock = std::size_t{8} << 20;
    std::size_t flushed_ = 0;    // bytes handed to start_writeback
    std::size_t unflushed_ = 0;  // bytes written since
    int fd_;
    std::vector<char> data_;
    int error_ = 0;
};

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    struct stat info {};
    bool exists = ::stat(path_.c_str(), &info) == 0;
    // Devices, FIFOs and /dev/stdout-style aliases are written in place: renaming
    // over them would replace the device node or lose the output.
    bool in_place = (exists && !S_ISREG(info.st_mode)) || path_.rfind("/dev/", 0) == 0 || path_.rfind("/proc/", 0) == 0;
    if (in_place) {
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC | (exists && S_ISREG(info.st_mode) ? O_TRUNC : 0));
        if (fd_ < 0) fail("cannot open for writing", errno);
    } else {
        // A symlink keeps pointing at the file it named; that file is what gets replaced.
        std::string target = path_;
        if (exists) {
            if (char* resolved = ::realpath(path_.c_str(), nullptr)) {
                target = resolved;
                std::free(resolved);
            }
        }
        std::string templ = target + ".tmp-XXXXXX";
        fd_ = create_temp_file(templ.data(), slot_);  // unlinked if a signal ends the process
        if (fd_ < 0) fail("cannot create a temporary file beside it", errno);
        temp_ = templ;
        target_ = target;
        // mkstemp makes the file 0600; give it the mode a plain open would have.
        // umask can only be read by setting it: one thread at a time, so files
        // written in parallel never see the temporary 0.
        static std::mutex umask_mutex;
        mode_t mask = 0;
        {
            std::lock_guard lock(umask_mutex);
            mask = ::umask(0);
            ::umask(mask);
        }
        ::fchmod(fd_, 0666 & ~mask);
    }
    buffer_ = std::make_unique<Buffer>(fd_);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
    forget_temp_file(slot_);
}

std::ostream& AtomicFile::stream() { return *stream_; }

void AtomicFile::fail(const std::string& what, int error) {
    throw Error(path_, what + (error ? std::string(": ") + std::strerror(error) : std::string()));
}

void AtomicFile::commit() {
    stream_->flush();
    if (!*stream_ || buffer_->error()) fail("write failed", buffer_->error());
    if (!temp_.empty() && ::fsync(fd_) != 0) fail("fsync failed", errno);
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("close failed", errno);
    if (!temp_.empty() && ::rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot rename into place", errno);
    committed_ = true;
}

}  // namespace newsgraph
