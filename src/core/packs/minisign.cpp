// SPDX-License-Identifier: GPL-3.0-or-later
#include "minisign.h"

#include <QDateTime>
#include <QStringList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace pasapas::minisign
{

namespace
{

constexpr qsizetype keyIdBytes = 8;
constexpr qsizetype signatureBytes = crypto_sign_BYTES; // 64
constexpr qsizetype publicKeyBytes = crypto_sign_PUBLICKEYBYTES; // 32
constexpr qsizetype secretKeyBytes = crypto_sign_SECRETKEYBYTES; // 64
// "Ed" + KDF + "B2" + salt + opslimit + memlimit, then key id, secret key and check.
constexpr qsizetype secretHeaderBytes = 2 + 2 + 2 + 32 + 8 + 8;
constexpr qsizetype secretFileBytes = secretHeaderBytes + keyIdBytes + secretKeyBytes + 32;

const QByteArray legacyAlgorithm = QByteArrayLiteral("Ed");
const QByteArray prehashedAlgorithm = QByteArrayLiteral("ED");

bool sodiumReady()
{
    return sodium_init() >= 0; // 1 when it already was: both fine
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray blake2b512(const QByteArray &data)
{
    QByteArray hash(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash(bytes(hash), size_t(hash.size()), bytes(data), quint64(data.size()), nullptr, 0);
    return hash;
}

/// The non-blank lines of a text file, without their line ends.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            lines.append(trimmed);
        }
    }
    return lines;
}

/// The base64 payload of a key file: its line after "untrusted comment:", or the text alone.
QByteArray payloadOf(const QByteArray &text)
{
    const QList<QByteArray> lines = linesOf(text);
    for (const QByteArray &line : lines) {
        if (!line.startsWith("untrusted comment:")) {
            return QByteArray::fromBase64(line, QByteArray::AbortOnBase64DecodingErrors);
        }
    }
    return {};
}

bool verifyDetached(const QByteArray &signature, const QByteArray &message, const QByteArray &key)
{
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(key)) == 0;
}

QByteArray signDetached(const QByteArray &message, const QByteArray &key)
{
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(key));
    return signature;
}

} // namespace

QString keyIdText(const QByteArray &keyId)
{
    QByteArray reversed = keyId; // minisign prints the id as a little-endian number
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

std::optional<PublicKey> parsePublicKey(const QByteArray &text, QString *error)
{
    const QByteArray payload = payloadOf(text);
    if (payload.size() != 2 + keyIdBytes + publicKeyBytes || !payload.startsWith(legacyAlgorithm)) {
        *error = u"ce n'est pas une clé publique minisign (une ligne de 56 caractères qui commence par « RW »)"_s;
        return std::nullopt;
    }
    return PublicKey{payload.mid(2, keyIdBytes), payload.mid(2 + keyIdBytes)};
}

std::optional<QList<PublicKey>> parsePublicKeys(const QString &text, QString *error)
{
    QList<PublicKey> keys;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u"untrusted comment:"_s) || line.startsWith(u'#')) {
            continue;
        }
        QString problem;
        const auto key = parsePublicKey(line.toLatin1(), &problem);
        if (!key) {
            *error = u"ligne %1 : %2"_s.arg(i + 1).arg(problem);
            return std::nullopt;
        }
        keys.append(*key);
    }
    return keys;
}

std::optional<SecretKey> parseSecretKey(const QByteArray &text, QString *error)
{
    const QByteArray payload = payloadOf(text);
    if (payload.size() != secretFileBytes || !payload.startsWith(legacyAlgorithm)) {
        *error = u"ce n'est pas une clé secrète minisign"_s;
        return std::nullopt;
    }
    if (payload.mid(2, 2) != QByteArray(2, '\0')) {
        *error = u"la clé secrète est chiffrée par un mot de passe : signez avec « minisign -S », ou créez une clé sans mot de passe (minisign -G -W, ou pasapas --make-key)"_s;
        return std::nullopt;
    }
    SecretKey key{payload.mid(secretHeaderBytes, keyIdBytes), payload.mid(secretHeaderBytes + keyIdBytes, secretKeyBytes)};
    // The key's second half is its public key: a damaged file shows here.
    if (!sodiumReady()) {
        *error = u"libsodium n'a pas pu démarrer"_s;
        return std::nullopt;
    }
    QByteArray publicKey(publicKeyBytes, Qt::Uninitialized);
    QByteArray secret(secretKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytes(publicKey), bytes(secret), bytes(key.key));
    if (secret != key.key) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        *error = u"la clé secrète est abîmée (ses deux moitiés ne vont pas ensemble)"_s;
        return std::nullopt;
    }
    sodium_memzero(secret.data(), size_t(secret.size()));
    return key;
}

KeyPair generateKeyPair()
{
    KeyPair pair;
    if (!sodiumReady()) {
        return pair;
    }
    pair.publicKey.key.resize(publicKeyBytes);
    pair.secretKey.key.resize(secretKeyBytes);
    crypto_sign_keypair(bytes(pair.publicKey.key), bytes(pair.secretKey.key));
    pair.publicKey.keyId.resize(keyIdBytes);
    randombytes_buf(pair.publicKey.keyId.data(), size_t(keyIdBytes));
    pair.secretKey.keyId = pair.publicKey.keyId;
    return pair;
}

QByteArray publicKeyFile(const PublicKey &key)
{
    return "untrusted comment: minisign public key " + keyIdText(key.keyId).toLatin1() + '\n' + QByteArray(legacyAlgorithm + key.keyId + key.key).toBase64() + '\n';
}

QByteArray secretKeyFile(const SecretKey &key)
{
    // As minisign -G -W writes it: no KDF, zero salt and limits, zero check.
    const QByteArray payload = legacyAlgorithm + QByteArray(2, '\0') + QByteArrayLiteral("B2") + QByteArray(32 + 8 + 8, '\0') + key.keyId + key.key + QByteArray(32, '\0');
    return "untrusted comment: minisign secret key, unencrypted (pasapas --make-key): keep it secret\n" + QByteArray(payload).toBase64() + '\n';
}

QByteArray sign(const QByteArray &data, const SecretKey &key, const QString &trustedComment)
{
    if (!sodiumReady()) {
        return {};
    }
    const QByteArray signature = signDetached(blake2b512(data), key.key);
    const QByteArray comment = trustedComment.toUtf8();
    const QByteArray global = signDetached(signature + comment, key.key);
    return "untrusted comment: signature from pasapas secret key\n" + QByteArray(prehashedAlgorithm + key.keyId + signature).toBase64() + "\ntrusted comment: " + comment + '\n'
        + global.toBase64() + '\n';
}

Verification verify(const QByteArray &data, const QByteArray &signatureFile, const QList<PublicKey> &trusted)
{
    Verification result;
    const QList<QByteArray> lines = linesOf(signatureFile);
    static const QByteArray trustedPrefix = QByteArrayLiteral("trusted comment: ");
    if (lines.size() < 4 || !lines.at(0).startsWith("untrusted comment:") || !lines.at(2).startsWith(trustedPrefix) || !sodiumReady()) {
        result.message = u"le fichier de signature est illisible (ce n'est pas une signature minisign)"_s;
        return result;
    }
    const QByteArray signatureLine = QByteArray::fromBase64(lines.at(1), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray global = QByteArray::fromBase64(lines.at(3), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray algorithm = signatureLine.left(2);
    if (signatureLine.size() != 2 + keyIdBytes + signatureBytes || global.size() != signatureBytes
        || (algorithm != legacyAlgorithm && algorithm != prehashedAlgorithm)) {
        result.message = u"le fichier de signature est illisible (ce n'est pas une signature minisign)"_s;
        return result;
    }
    const QByteArray keyId = signatureLine.mid(2, keyIdBytes);
    const QByteArray signature = signatureLine.mid(2 + keyIdBytes);
    const QByteArray comment = lines.at(2).mid(trustedPrefix.size());
    result.keyId = keyIdText(keyId);
    const auto key = std::find_if(trusted.cbegin(), trusted.cend(), [&](const PublicKey &k) {
        return k.keyId == keyId;
    });
    if (key == trusted.cend()) {
        result.result = Verification::Result::UnknownKey;
        result.message = u"le paquet est signé par la clé %1, qui n'est pas une clé de confiance"_s.arg(result.keyId);
        return result;
    }
    const QByteArray message = algorithm == prehashedAlgorithm ? blake2b512(data) : data;
    if (!verifyDetached(signature, message, key->key)) {
        result.result = Verification::Result::BadSignature;
        result.message = u"la signature ne correspond pas au paquet : il a été modifié ou reçu incomplet"_s;
        return result;
    }
    if (!verifyDetached(global, signature + comment, key->key)) {
        result.result = Verification::Result::BadTrustedComment;
        result.message = u"le commentaire de confiance de la signature a été modifié"_s;
        return result;
    }
    result.result = Verification::Result::Valid;
    result.trustedComment = QString::fromUtf8(comment);
    return result;
}

} // namespace pasapas::minisign
