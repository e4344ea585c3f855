// SPDX-License-Identifier: GPL-3.0-or-later
#include "papernames.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pasapas
{

const QStringList &paperKinds()
{
    static const QStringList kinds{
        u"piece-identite"_s,
        u"titre-sejour"_s,
        u"rib"_s,
        u"justificatif-domicile"_s,
        u"fiche-de-paie"_s,
        u"avis-impot"_s,
        u"attestation"_s,
        u"document"_s,
    };
    return kinds;
}

QString paperKindPictogram(const QString &kind)
{
    static const QHash<QString, QString> pictograms{
        {u"piece-identite"_s, u"pasapas-identity"_s},
        {u"titre-sejour"_s, u"pasapas-passport"_s},
        {u"rib"_s, u"pasapas-bank-card"_s},
        {u"justificatif-domicile"_s, u"pasapas-housing"_s},
        {u"fiche-de-paie"_s, u"pasapas-money"_s},
        {u"avis-impot"_s, u"pasapas-taxes"_s},
        {u"attestation"_s, u"pasapas-letter"_s},
    };
    return pictograms.value(kind, u"pasapas-document"_s);
}

QString paperSlug(const QString &name)
{
    // Letters with accents become their base letter (é → e), then anything else is a separator.
    const QString plain = name.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : plain) {
        if (c.isMark()) {
            continue;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
        } else if (!slug.isEmpty() && !slug.endsWith(u'-')) {
            slug.append(u'-');
        }
    }
    slug.truncate(40);
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    return slug.isEmpty() ? u"document"_s : slug;
}

QString paperFileName(const QString &name, const QString &suffix, const QStringList &taken)
{
    const QString base = paperSlug(name);
    QString candidate = base + u'.' + suffix;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n) {
        candidate = u"%1-%2.%3"_s.arg(base).arg(n).arg(suffix);
    }
    return candidate;
}

} // namespace pasapas
