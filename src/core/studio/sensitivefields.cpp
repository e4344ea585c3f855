// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivefields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pasapas
{

QString plainWords(const QString &text)
{
    // camelCase and snake_case into words, before lowering.
    static const QRegularExpression camel(u"(?<=[a-z])(?=[A-Z])"_s);
    QString spaced = text;
    spaced.replace(camel, u" "_s);
    const QString decomposed = spaced.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        out += c.isLetterOrNumber() ? c.toLower() : u' ';
    }
    return out.simplified();
}

bool isSensitiveField(const ElementDescription &e)
{
    if (controlKind(e) == ControlKind::Action) {
        return false;
    }
    if (e.type == u"password") {
        return true;
    }
    static const QStringList secretAutocomplete{u"current-password"_s, u"new-password"_s, u"one-time-code"_s, u"cc-number"_s, u"cc-csc"_s};
    if (secretAutocomplete.contains(e.autocomplete)) {
        return true;
    }
    static const QRegularExpression secret(u"\\b("
                                           // passwords and codes
                                           "mot de passe|mots de passe|password|passwd|pwd|mdp|passcode|code (secret|confidentiel|pin)|pin|otp|"
                                           // bank details
                                           "iban|bic|rib|releve d identite bancaire|"
                                           // social security number
                                           "securite sociale|secu|nir|nss|"
                                           // tax number
                                           "numero fiscal|numeros fiscaux|spi|identifiant fiscal|"
                                           // bank cards
                                           "carte bancaire|carte bleue|numero de (la )?carte|card number|card|cb|cvv|cvc|cryptogramme"
                                           ")\\b"_s);
    for (const QString &text : {e.nameAttribute, e.id, e.label, e.name}) {
        if (secret.match(plainWords(text)).hasMatch()) {
            return true;
        }
    }
    return false;
}

} // namespace pasapas
