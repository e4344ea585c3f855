// SPDX-License-Identifier: GPL-3.0-or-later
// Every interface language is complete: no unfinished, empty or obsolete
// entry in translations/*.ts, and placeholders are kept.
#include "languages.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageHasAFile()
    {
        for (const pasapas::Language &language : pasapas::interfaceLanguages()) {
            if (language.code == u"fr" || language.code == u"prs") {
                continue; // French is the source; Dari reads the Persian interface
            }
            QVERIFY2(QFile::exists(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/translations/pasapas_"_s + language.code + u".ts"_s), qPrintable(language.code));
        }
    }

    /// The on-screen keyboard: French AZERTY first (the sites are French),
    /// then the script of the person's language; once when it is French.
    void everyLanguageHasAKeyboard()
    {
        QCOMPARE(pasapas::keyboardLocales(u"fr"_s), QStringList{u"fr_FR"_s});
        QCOMPARE(pasapas::keyboardLocales(u"ar"_s), QStringList({u"fr_FR"_s, u"ar_AR"_s}));
        QCOMPARE(pasapas::keyboardLocales(u"prs"_s), QStringList({u"fr_FR"_s, u"fa_FA"_s}));
        QCOMPARE(pasapas::keyboardLocales(u"uk"_s), QStringList({u"fr_FR"_s, u"uk_UA"_s}));
        QCOMPARE(pasapas::keyboardLocales(u"xx"_s), QStringList{u"fr_FR"_s});
        for (const pasapas::Language &language : pasapas::interfaceLanguages()) {
            QVERIFY2(language.keyboard.startsWith(language.code == u"prs" ? u"fa_"_s : language.code + u'_'), qPrintable(language.code));
        }
    }

    void complete_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/translations"_s);
        const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
        }
    }

    void complete()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        int messages = 0;
        QStringList problems;
        bool numerus = false;
        static const QRegularExpression placeholder(u"%(\\d|n)"_s);
        const auto check = [&](const QString &text) {
            if (text.trimmed().isEmpty()) {
                problems.append(u"empty: "_s + source);
            }
            auto wanted = placeholder.globalMatch(source);
            while (wanted.hasNext()) {
                const QString p = wanted.next().captured();
                if (!text.contains(p)) {
                    problems.append(u"%1 lost in: %2"_s.arg(p, source));
                }
            }
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == u"message") {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                if (!type.isEmpty()) {
                    problems.append(u"%1 entry: %2"_s.arg(type, source));
                }
                if (!numerus) {
                    check(xml.readElementText());
                }
            } else if (xml.name() == u"numerusform") {
                check(xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
