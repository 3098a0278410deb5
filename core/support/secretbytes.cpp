#include "secretbytes.h"

#include <QStringEncoder>

#include <algorithm>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <utility>

namespace kubeminder {

namespace {

// Most secrets (a password, a short token) fit without growing, and every growth costs a copy that
// must be wiped.
constexpr qsizetype MinimumCapacity = 32;

} // namespace

SecretBytes::SecretBytes(QByteArrayView bytes)
{
    append(bytes);
}

SecretBytes SecretBytes::fromUtf16(QStringView text)
{
    SecretBytes secret;
    if (text.isEmpty())
        return secret;
    // requiredSpace() is an upper bound, so the buffer is allocated once and the encoder writes into
    // it directly; no UTF-8 copy exists outside the secret buffer.
    QStringEncoder encoder(QStringEncoder::Utf8);
    secret.reserve(encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(secret.m_data, text);
    secret.m_size = qsizetype(end - secret.m_data);
    secret.m_data[secret.m_size] = '\0';
    return secret;
}

SecretBytes SecretBytes::adopt(QByteArray &&bytes)
{
    SecretBytes secret(bytes);
    // isDetached() is false for a shared buffer and for raw data (QByteArray::fromRawData, literals):
    // neither is ours to wipe, and data() would detach and wipe a copy.
    if (bytes.isEmpty() || !bytes.isDetached()) {
        bytes = QByteArray();
        return secret;
    }
    // OPENSSL_cleanse rather than memset: a compiler may drop a memset on memory that is about to be
    // released, and this one must happen.
    OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.resize(0); // keeps the wiped allocation: no reallocation, nothing copied
    return secret;
}

SecretBytes SecretBytes::adoptUtf16(QString &&text)
{
    SecretBytes secret = fromUtf16(text);
    if (text.isEmpty() || !text.isDetached()) {
        text = QString();
        return secret;
    }
    // A QString holds UTF-16, two bytes a character; all of them are wiped.
    OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.resize(0);
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        // The old secret is wiped before the swap, so `other` receives only zeros.
        clear();
        swap(other);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    release();
}

SecretBytes SecretBytes::copy() const
{
    return SecretBytes(view());
}

void SecretBytes::swap(SecretBytes &other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    std::swap(m_capacity, other.m_capacity);
}

const char *SecretBytes::constData() const noexcept
{
    // A literal for the empty value: callers may hand constData() to C APIs that want a string, and
    // must never get null.
    return m_data ? m_data : "";
}

char *SecretBytes::data() noexcept
{
    if (!m_data)
        // data() on an empty value allocates, so callers may write into it at once.
        grow(MinimumCapacity);
    return m_data;
}

QByteArray SecretBytes::borrowed() const
{
    // fromRawData makes no copy, so nothing outside this buffer holds the secret. QByteArray will copy
    // if anyone writes to it; callers only read.
    return QByteArray::fromRawData(constData(), m_size);
}

void SecretBytes::reserve(qsizetype capacity)
{
    if (capacity > m_capacity)
        grow(capacity);
}

void SecretBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_size + bytes.size() > m_capacity)
        // Doubling keeps appends byte by byte (a password typed or read one byte at a time) to a few
        // moves, and each move wipes the old buffer.
        grow(std::max(m_size + bytes.size(), m_capacity * 2));
    std::memcpy(m_data + m_size, bytes.data(), std::size_t(bytes.size()));
    m_size += bytes.size();
    m_data[m_size] = '\0';
}

void SecretBytes::append(char c)
{
    append(QByteArrayView(&c, 1));
}

void SecretBytes::resize(qsizetype size)
{
    size = std::max<qsizetype>(size, 0);
    if (size < m_size) {
        // The cut bytes are wiped at once rather than left beyond m_size, where they would still sit in
        // memory until the buffer is released.
        OPENSSL_cleanse(m_data + size, std::size_t(m_size - size));
    } else if (size > m_size) {
        if (size > m_capacity)
            grow(std::max(size, m_capacity * 2));
        // New bytes are zero, not garbage, so a caller that reads fewer bytes than it asked for (drain()
        // in ExecCredentialRunner) exposes nothing from an earlier use of the memory.
        std::memset(m_data + m_size, 0, std::size_t(size - m_size));
    } else {
        return;
    }
    m_size = size;
    m_data[m_size] = '\0';
}

void SecretBytes::remove(qsizetype position, qsizetype length)
{
    if (position < 0 || position >= m_size || length <= 0)
        return;
    length = std::min(length, m_size - position);
    std::memmove(m_data + position, m_data + position + length, std::size_t(m_size - position - length));
    resize(m_size - length);
}

void SecretBytes::clear() noexcept
{
    if (m_data)
        // The whole capacity and the NUL, not just m_size: earlier content may lie past the current size.
        OPENSSL_cleanse(m_data, std::size_t(m_capacity) + 1);
    m_size = 0;
}

void SecretBytes::grow(qsizetype minimumCapacity)
{
    const qsizetype capacity = std::max(minimumCapacity, MinimumCapacity);
    // Plain new[] rather than a container, so no library code can copy or reallocate the bytes
    // behind our back.
    char *bigger = new char[std::size_t(capacity) + 1];
    if (m_size > 0)
        std::memcpy(bigger, m_data, std::size_t(m_size));
    bigger[m_size] = '\0';
    // The old buffer goes only after it is wiped: growing must not leave a copy behind.
    release();
    m_data = bigger;
    m_capacity = capacity;
}

void SecretBytes::release() noexcept
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, std::size_t(m_capacity) + 1);
    delete[] m_data;
    m_data = nullptr;
    m_capacity = 0;
}

} // namespace kubeminder
