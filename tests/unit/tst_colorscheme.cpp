// SPDX-License-Identifier: GPL-3.0-or-later
// The app's colour schemes, as files: every text colour on every background
// it is drawn on reads at 4.5:1 at least in the warm scheme, 7:1 in high
// contrast; every category has its colour (with its pictogram and its name:
// colour is never the only cue).
#include "categories.h"
#include "colorscheme.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

class ColorSchemeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("expected");
        QTest::addRow("black on white") << u"0,0,0"_s << u"255,255,255"_s << 21.0;
        QTest::addRow("same") << u"120,80,40"_s << u"120,80,40"_s << 1.0;
        // Just under the 4.5 line (WCAG's example grey).
        QTest::addRow("#777 on white") << u"119,119,119"_s << u"255,255,255"_s << 4.48;
    }

    void contrastRatio()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, expected);
        const auto rgb = [](const QString &text) {
            const QStringList p = text.split(u',');
            return Rgb{p.at(0).toInt(), p.at(1).toInt(), p.at(2).toInt()};
        };
        QVERIFY2(std::abs(pasapas::contrastRatio(rgb(foreground), rgb(background)) - expected) < 0.01,
                 qPrintable(QString::number(pasapas::contrastRatio(rgb(foreground), rgb(background)))));
    }

    void schemes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("minimum");
        QTest::addRow("warm") << u"PasAPas.colors"_s << 4.5;
        QTest::addRow("high contrast") << u"HighContrast.colors"_s << 7.0;
    }

    void schemes()
    {
        QFETCH(QString, file);
        QFETCH(double, minimum);
        const ColorScheme scheme(QStringLiteral(PASAPAS_SOURCE_DIR "/src/app/colors/") + file);
        QVERIFY2(scheme.error().isEmpty(), qPrintable(scheme.error()));
        // Every set Kirigami draws with is complete (a missing colour would be black).
        for (const QString &set : ColorScheme::colorSets()) {
            for (const QString &role : ColorScheme::textRoles() + QStringList{u"BackgroundNormal"_s, u"BackgroundAlternate"_s}) {
                QVERIFY2(scheme.has(set, role), qPrintable(set + u'/' + role));
            }
        }
        // Messages are drawn on tinted backgrounds in the page.
        for (const QString &kind : {u"Neutral"_s, u"Positive"_s, u"Negative"_s}) {
            QVERIFY2(scheme.has(u"Colors:View"_s, u"Background"_s + kind) && scheme.has(u"Colors:Window"_s, u"Background"_s + kind), qPrintable(kind));
        }
        // A colour per category, each its own.
        const QMap<QString, Rgb> colors = scheme.categoryColors();
        for (const Category &category : categories()) {
            QVERIFY2(colors.contains(category.id), qPrintable(category.id));
            QVERIFY(!category.icon.isEmpty());
        }
        if (minimum < 7) {
            QList<Rgb> seen;
            for (const Rgb &c : colors) {
                QVERIFY2(!seen.contains(c), qPrintable(c.name()));
                seen.append(c);
            }
        }
        const QList<ColorPair> pairs = scheme.textPairs();
        QVERIFY(pairs.size() >= ColorScheme::colorSets().size() * ColorScheme::textRoles().size() * 2 + colors.size());
        double lowest = 21;
        QString lowestPair;
        for (const ColorPair &pair : pairs) {
            const double ratio = pasapas::contrastRatio(pair.foreground, pair.background);
            if (ratio < lowest) {
                lowest = ratio;
                lowestPair = pair.foregroundKey + u" on "_s + pair.backgroundKey;
            }
            QVERIFY2(ratio >= minimum,
                     qPrintable(u"%1 %2 on %3 %4: %5:1, under %6:1"_s.arg(pair.foregroundKey, pair.foreground.name(), pair.backgroundKey, pair.background.name())
                                    .arg(ratio, 0, 'f', 2)
                                    .arg(minimum)));
        }
        qInfo("%s: %lld pairs, the lowest %.2f:1 (%s)", qPrintable(file), qlonglong(pairs.size()), lowest, qPrintable(lowestPair));
    }

    void badFileSaysWhere()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("[Colors:View]\nBackgroundNormal=12,300,4\n");
        file.close();
        const ColorScheme scheme(file.fileName());
        QVERIFY2(scheme.error().endsWith(u":2: not a colour (r,g,b)"_s), qPrintable(scheme.error()));
    }
};

QTEST_GUILESS_MAIN(ColorSchemeTest)
#include "tst_colorscheme.moc"
