// SPDX-License-Identifier: GPL-3.0-or-later
// A step read aloud: the site's French words with a French voice, the rest
// with the person's language.
#include "speechparts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
QString show(const QList<SpeechPart> &parts)
{
    QStringList shown;
    for (const SpeechPart &part : parts) {
        shown.append(part.language + u':' + part.text);
    }
    return shown.join(u" | "_s);
}
} // namespace

class SpeechPartsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("parts");
        QTest::newRow("arabic with French words") << u"اضغط على « Sans emploi »."_s << u"ar"_s << u"ar:اضغط على | fr:Sans emploi"_s;
        QTest::newRow("two quotes") << u"Натисніть « Suivant », потім « Valider »."_s << u"uk"_s
                                    << u"uk:Натисніть | fr:Suivant | uk:, потім | fr:Valider"_s;
        QTest::newRow("english quotes") << u"Tap “Créer mon compte” at the bottom."_s << u"en"_s << u"en:Tap | fr:Créer mon compte | en:at the bottom."_s;
        QTest::newRow("french stays whole") << u"Appuyez sur « Suivant »."_s << u"fr"_s << u"fr:Appuyez sur « Suivant »."_s;
        QTest::newRow("no quotes") << u"Choose your situation."_s << u"en"_s << u"en:Choose your situation."_s;
        QTest::newRow("starts with the words") << u"« Mot de passe » : tapez-le."_s << u"tr"_s << u"fr:Mot de passe | tr:: tapez-le."_s;
        QTest::newRow("empty quotes") << u"Tap « ». Then wait."_s << u"en"_s << u"en:Tap . Then wait."_s;
        QTest::newRow("unclosed quote read as it is") << u"Tap « Suivant"_s << u"en"_s << u"en:Tap « Suivant"_s;
        QTest::newRow("nothing") << u" . "_s << u"ar"_s << QString();
    }

    void parts()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, parts);
        QCOMPARE(show(speechParts(text, language)), parts);
    }
};

QTEST_GUILESS_MAIN(SpeechPartsTest)
#include "tst_speechparts.moc"
