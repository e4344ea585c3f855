// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pasapas::minisign
{

// The file formats of the minisign tool (version 0.12), so that an
// association can sign packs with it and the app can sign packs minisign
// verifies. Ed25519 through libsodium.
//
// A public key: "untrusted comment: …" then base64("Ed" + key id (8) + key (32)).
// A secret key: base64("Ed" + KDF "\0\0" (unencrypted) or "Sc" (scrypt) + "B2"
//   + salt (32) + ops (8) + mem (8) + key id (8) + secret key (64) + check (32)).
// A signature: untrusted comment, base64(algorithm + key id + signature (64)),
//   "trusted comment: …", base64(signature of signature + trusted comment).
//   Algorithm "ED" signs the BLAKE2b-512 of the file (minisign's default),
//   "Ed" the file itself (minisign -l, the legacy format).

struct PublicKey
{
    QByteArray keyId; ///< 8 bytes, as minisign stores them
    QByteArray key; ///< 32 bytes
};

struct SecretKey
{
    QByteArray keyId; ///< 8 bytes
    QByteArray key; ///< 64 bytes (seed then public key, libsodium's layout)
};

struct KeyPair
{
    PublicKey publicKey;
    SecretKey secretKey;
};

/// The key id as minisign prints it ("4EB5DA2505C60EC5").
[[nodiscard]] QString keyIdText(const QByteArray &keyId);

/// A public key from its file's content, or from its base64 line alone
/// (what `minisign -G` prints after -P). Null with *error in French.
[[nodiscard]] std::optional<PublicKey> parsePublicKey(const QByteArray &text, QString *error);
/// Every public key of a text, one per line (comments and blank lines
/// skipped). Null with *error naming the line of the first bad one.
[[nodiscard]] std::optional<QList<PublicKey>> parsePublicKeys(const QString &text, QString *error);
/// An unencrypted secret key file (minisign -G -W, or pasapas --make-key).
[[nodiscard]] std::optional<SecretKey> parseSecretKey(const QByteArray &text, QString *error);

[[nodiscard]] KeyPair generateKeyPair();
[[nodiscard]] QByteArray publicKeyFile(const PublicKey &key);
/// An unencrypted secret key file minisign reads (as minisign -G -W writes it).
[[nodiscard]] QByteArray secretKeyFile(const SecretKey &key);

/// A signature file for data, in minisign's default (prehashed, "ED") format.
[[nodiscard]] QByteArray sign(const QByteArray &data, const SecretKey &key, const QString &trustedComment);

struct Verification
{
    enum class Result {
        Valid,
        Unreadable, ///< not a minisign signature file
        UnknownKey, ///< signed with a key that is not trusted
        BadSignature, ///< the file is not the one that was signed
        BadTrustedComment, ///< the trusted comment was changed
    };
    Result result = Result::Unreadable;
    QString keyId; ///< the signing key's id, when the file could be read
    QString trustedComment;
    QString message; ///< plain French; empty when valid

    [[nodiscard]] bool isValid() const
    {
        return result == Result::Valid;
    }
};

/// Checks a signature file against data and the trusted keys.
[[nodiscard]] Verification verify(const QByteArray &data, const QByteArray &signatureFile, const QList<PublicKey> &trusted);

} // namespace pasapas::minisign
