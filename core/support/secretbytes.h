#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace kubeminder {

/// The one owner of secret bytes: passwords, passphrases, a private key's DER, a credential
/// plugin's output. One heap buffer that is never shared, wiped with OPENSSL_cleanse when the
/// bytes are destroyed, cleared, shortened, replaced by a move, or copied into a larger buffer.
///
/// Not a QByteArray on purpose: QByteArray is implicitly shared, and data() on a shared one
/// detaches and wipes the fresh copy while the secret stays in the buffer the other owner holds.
/// Copies are explicit (copy()); moving hands the buffer over, so no copy is left behind. The bytes
/// are always followed by a NUL: constData() can go to C APIs that take a string (libssh copies
/// what it is given, so no buffer is ever released to it).
class SecretBytes
{
public:
    SecretBytes() noexcept = default;
    /// Copies `bytes`.
    explicit SecretBytes(QByteArrayView bytes);
    /// Encodes `text` as UTF-8 straight into the secret buffer: no intermediate QByteArray.
    static SecretBytes fromUtf16(QStringView text);
    /// For secrets that arrive in a QByteArray (an API that returns nothing else): copies the
    /// bytes, then wipes `bytes` when it was their only owner and empties it. A shared buffer
    /// cannot be wiped from here (see above); its other owner must do that.
    static SecretBytes adopt(QByteArray &&bytes);
    /// The same for text (a QLineEdit's): encoded as UTF-8, then the QString wiped if unshared.
    static SecretBytes adoptUtf16(QString &&text);

    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    /// Takes the buffer: `other` is left empty, holding nothing of the secret.
    SecretBytes(SecretBytes &&other) noexcept;
    /// Wipes this value's bytes, then takes `other`'s buffer; `other` keeps the wiped old one.
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    /// An explicit second copy (the caller now owns two secrets).
    SecretBytes copy() const;
    void swap(SecretBytes &other) noexcept;

    bool isEmpty() const noexcept { return m_size == 0; }
    qsizetype size() const noexcept { return m_size; }
    qsizetype capacity() const noexcept { return m_capacity; }
    /// Never null, always NUL-terminated; valid until the value changes.
    const char *constData() const noexcept;
    char *data() noexcept;
    QByteArrayView view() const noexcept { return QByteArrayView(constData(), m_size); }
    /// A QByteArray over these bytes without a copy (QByteArray::fromRawData), for Qt APIs that
    /// only read a QByteArray (QJsonDocument::fromJson). Valid only while this value lives
    /// unchanged: never store it, and never hand it to something that keeps it.
    QByteArray borrowed() const;

    /// Grows the buffer to hold `capacity` bytes without moving again (a secret read byte by byte
    /// stays in one buffer).
    void reserve(qsizetype capacity);
    void append(QByteArrayView bytes);
    void append(char c);
    /// Grows with zero bytes, or shortens (the cut bytes are wiped).
    void resize(qsizetype size);
    /// Removes `length` bytes at `position`; the bytes freed at the end are wiped.
    void remove(qsizetype position, qsizetype length);
    void chop(qsizetype length) { resize(m_size > length ? m_size - length : 0); }
    /// Wipes the bytes; the (wiped) buffer is kept for reuse until the value is destroyed.
    void clear() noexcept;

private:
    void grow(qsizetype minimumCapacity);
    void release() noexcept;

    char *m_data = nullptr; ///< m_capacity + 1 bytes (room for the NUL), or null
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

inline void swap(SecretBytes &a, SecretBytes &b) noexcept
{
    a.swap(b);
}

} // namespace kubeminder
