// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog as a person uses it, in the real window under Xvfb: a way in,
// a family of procedures, a guide, its checklist; search in three languages.
// Writes build/screenshots/catalog-fr.png and guide-detail-fr.png.
#include "appcontroller.h"
#include "application.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "sessioncontroller.h"
#include "webengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

/// The moves of a person come from the session fixture (tests/sessiondriver.h).
class CatalogTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

private:
    /// Taps an item's centre, as a finger would, after checking it can be tapped.
    bool tapItem(const QString &name)
    {
        QQuickItem *target = nullptr;
        if (!QTest::qWaitFor([&] {
                target = item(name);
                return target && target->isVisible() && target->width() > 0;
            })) {
            qWarning("nothing to tap: %s", qPrintable(name));
            return false;
        }
        if (!test::waitInPlace(window(), target)) { // the page slides in
            qWarning("%s does not stay in place", qPrintable(name));
            return false;
        }
        if (target->height() < 48) {
            qWarning("%s is only %g px high", qPrintable(name), target->height());
            return false;
        }
        test::tapCentre(window(), target);
        return true;
    }

    /// Saves the window once the page has slid into place.
    void screenshot(const QString &page, const QString &file)
    {
        QTRY_VERIFY(item(page) && std::abs(item(page)->mapToScene(QPointF(0, 0)).x()) < 1);
        QVERIFY(test::saveScreenshot(window(), file, webView())); // (a web view pulses: see SessionDriver::screenshot)
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startApp());
        QVERIFY(app()->library().entries().size() >= 3);
        QVERIFY2(app()->library().diagnostics().isEmpty(), "the bundled guides load without diagnostics");
    }

    void categoriesShowAsTiles()
    {
        QVERIFY(tapItem(u"tileAccompanied"_s));
        QTRY_VERIFY(item(u"catalogPage"_s));
        for (const auto &id : {u"work"_s, u"family"_s, u"health"_s, u"taxes"_s, u"identity"_s, u"housing"_s}) {
            QQuickItem *tile = item(u"category-"_s + id);
            QVERIFY2(tile, qPrintable(id));
            QTRY_VERIFY(tile->height() >= 48 && tile->width() >= 48);
        }
        screenshot(u"catalogPage"_s, u"catalog-fr.png"_s);
    }

    void categoryThenGuideThenDetail()
    {
        QVERIFY(tapItem(u"category-work"_s));
        QTRY_VERIFY(item(u"guideListPage"_s));
        QVERIFY(tapItem(u"guide-france-travail-inscription"_s));
        QTRY_VERIFY(item(u"guideDetailPage"_s));
        QTRY_VERIFY(item(u"startButton"_s) && item(u"startButton"_s)->height() >= 48);
        QVERIFY(item(u"document-0"_s));
        screenshot(u"guideDetailPage"_s, u"guide-detail-fr.png"_s);
    }

    void checklistTicks()
    {
        QQuickItem *document = item(u"document-0"_s);
        QVERIFY(document);
        QCOMPARE(document->property("checked").toBool(), false);
        QVERIFY(tapItem(u"document-0"_s));
        QTRY_COMPARE(document->property("checked").toBool(), true);
    }

    void startOpensSession()
    {
        QVERIFY(tapItem(u"startButton"_s));
        QTRY_VERIFY(item(u"sessionPage"_s));
        QVERIFY(session());
        QCOMPARE(session()->guideId(), u"france-travail-inscription"_s);
        // There is no internet here: the real site cannot load, and the
        // person sees a friendly page in their language, never a blank one.
        QTRY_VERIFY_WITH_TIMEOUT(item(u"pageProblem"_s) && item(u"pageProblem"_s)->isVisible(), 30000);
        screenshot(u"sessionPage"_s, u"session-offline-fr.png"_s);
        QVERIFY(tapItem(u"quitButton"_s));
        QTRY_VERIFY(!session());
        QTRY_VERIFY(!item(u"sessionPage"_s));
    }

    void searchInAnyLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("french") << u"inscription"_s << u"france-travail-inscription"_s;
        QTest::newRow("english") << u"register"_s << u"france-travail-inscription"_s;
        QTest::newRow("no accents, capitals") << u"PRIME D'ACTIVITE"_s << u"caf-prime-activite"_s;
        QTest::newRow("arabic") << u"منحة النشاط"_s << u"caf-prime-activite"_s;
    }

    void searchInAnyLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        GuideCatalogModel *catalog = app()->catalog();
        catalog->setCategory(QString());
        catalog->setQuery(query);
        QVERIFY2(catalog->count() >= 1, qPrintable(query));
        QStringList found;
        for (int row = 0; row < catalog->count(); ++row) {
            found.append(catalog->idAt(row));
        }
        QVERIFY2(found.contains(expected), qPrintable(found.join(u", "_s)));
        catalog->setQuery(QString());
    }

    /// The catalog and a step card as a person who reads Ukrainian, Persian
    /// (right to left) or Turkish meets them: every guide in their language.
    void inTheirLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"uk", "fa", "tr"}) {
            QTest::newRow(language) << QString::fromLatin1(language);
        }
    }

    void inTheirLanguage()
    {
        QFETCH(QString, language);
        controller()->localization()->setLanguage(language);
        GuideCatalogModel *catalog = app()->catalog();
        catalog->setCategory(QString());
        catalog->setQuery(QString());
        for (int row = 0; row < catalog->count(); ++row) {
            QVERIFY2(!catalog->index(row).data(GuideCatalogModel::TitleIsFallbackRole).toBool(), qPrintable(catalog->idAt(row)));
        }
        QVERIFY(tapItem(u"tileAccompanied"_s));
        QTRY_VERIFY(item(u"catalogPage"_s));
        QVERIFY(tapItem(u"category-work"_s));
        QTRY_VERIFY(item(u"guideListPage"_s));
        screenshot(u"guideListPage"_s, u"catalog-work-%1.png"_s.arg(language));

        QVERIFY(start(u"practice-toucher"_s));
        QTRY_VERIFY(item(u"sessionPage"_s));
        QVERIFY(waitShowing(session()->stepId()) && waitSettled());
        QCOMPARE(session()->step().instructionIsFallback, false);
        screenshot(u"sessionPage"_s, u"step-card-%1.png"_s.arg(language));
        QVERIFY(tapItem(u"quitButton"_s));
        QTRY_VERIFY(!session());
        QTRY_VERIFY(!item(u"sessionPage"_s));
        QTRY_VERIFY(item(u"tileAccompanied"_s) && item(u"tileAccompanied"_s)->isVisible());
        controller()->localization()->setLanguage(u"fr"_s);
    }

    void cleanupTestCase()
    {
        stopApp();
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(CatalogTest)
#include "tst_catalog.moc"
