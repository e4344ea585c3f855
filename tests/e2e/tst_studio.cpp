// SPDX-License-Identifier: GPL-3.0-or-later
// The guide studio's record screen, as a mediator uses it: Mediator space →
// « Créer un guide », a practice procedure recorded by real taps and typing
// (13 steps: fills, a checkbox, address steps, the identity provider's hop,
// a « C'est fait » step), saved into the tablet's guide folder, accepted by
// `pasapas --check-guides`, shown in the catalog as local, then played back
// by real taps to its end. What was typed while recording (a sentinel) is
// found nowhere: the saved guide, the settings and data folders, the log.
#include "application.h"
#include "guidelibrary.h"
#include "guisupport.h"
#include "sessiondriver.h"
#include "studio/studiocontroller.h"

#include <QDirIterator>
#include <QMutex>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QTest>

#include <thread>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(PasAPasPlugin)
Q_IMPORT_QML_PLUGIN(PasAPas_AppPlugin)

using namespace Qt::StringLiterals;
using namespace pasapas;

namespace
{
const QString kSentinel = u"SENTINELLE-STUDIO-5183"_s;

// Every message of the process (the app's log goes to stderr through it).
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

// Everything written to the process's stdout and stderr, by the app, Qt and
// the web engine's own processes (started later, they inherit both), kept
// here and still passed on to the real stderr.
QByteArray outputSeen;
bool teeOutput()
{
    int ends[2];
    const int realErr = dup(STDERR_FILENO);
    if (realErr < 0 || pipe(ends) != 0) {
        return false;
    }
    (void)fflush(stdout);
    (void)fflush(stderr);
    if (dup2(ends[1], STDOUT_FILENO) < 0 || dup2(ends[1], STDERR_FILENO) < 0) {
        return false;
    }
    close(ends[1]);
    std::thread([readEnd = ends[0], realErr] {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = read(readEnd, buffer, sizeof buffer)) > 0) {
            (void)!write(realErr, buffer, size_t(n));
            const QMutexLocker lock(&logMutex);
            outputSeen.append(buffer, n);
        }
    }).detach();
    return true;
}
} // namespace

class StudioTest : public QObject, public test::SessionDriver
{
    Q_OBJECT

    QString m_guideId;

    StudioController *studio() const
    {
        return app()->studio();
    }

    /// Taps a page element in record mode: it is selected and a step proposed.
    bool select(const QString &selector) const
    {
        const QPoint at = elementCentre(selector);
        if (at.isNull()) {
            qWarning("no %s on %s", qPrintable(selector), qPrintable(webView()->property("url").toString()));
            return false;
        }
        QTest::mouseClick(window(), Qt::LeftButton, {}, at);
        return QTest::qWaitFor(
            [&] {
                return studio()->hasProposal() && !studio()->proposalAdded() && !studio()->actionLetThrough();
            },
            10000);
    }

    /// « Faire l'action », then the real tap on the element (the page reacts).
    bool act(const QString &selector) const
    {
        if (!press(u"proposalAct"_s) || !QTest::qWaitFor([&] { return studio()->actionLetThrough(); }, 5000)) {
            return false;
        }
        // The page script has heard it (its state, in the app's own JavaScript world).
        if (!QTest::qWaitFor([&] { return recorderLetsThrough(); }, 10000)) {
            qWarning("the page did not let the tap through");
            return false;
        }
        const QPoint at = elementCentre(selector);
        QTest::mouseClick(window(), Qt::LeftButton, {}, at);
        return true;
    }

    [[nodiscard]] bool recorderLetsThrough() const
    {
        return test::runJavaScript(webView(), u"!!(window.__pasapasRecorder && window.__pasapasRecorder.letThrough)"_s, 5000, test::applicationWorld).toBool();
    }

    /// A step recorded: selected, added, acted on. For a field, typed into.
    void record(const QString &selector, const QString &typed = {})
    {
        const int before = int(studio()->steps().size());
        QVERIFY2(select(selector), qPrintable(selector));
        QVERIFY(!studio()->instruction().isEmpty());
        QVERIFY(!studio()->instruction().contains(kSentinel));
        QVERIFY(press(u"proposalAdd"_s));
        QTRY_COMPARE(int(studio()->steps().size()), before + 1);
        QVERIFY(act(selector));
        if (!typed.isEmpty()) {
            const QString focused = waitFocusedField();
            QVERIFY2(focused.startsWith(u"INPUT"_s), qPrintable(selector + u" → "_s + focused));
            test::typeText(window(), typed);
            QTest::keyClick(window(), Qt::Key_Tab);
        }
    }

    /// Something over the page (a banner, a pop-in) the mediator closes
    /// without making it a step: selected, then acted on.
    void dismiss(const QString &button, const QString &cover)
    {
        QVERIFY(select(button));
        QVERIFY(act(button));
        QTRY_VERIFY(test::runJavaScript(webView(), u"!document.querySelector('%1')"_s.arg(cover)).toBool());
    }

    /// Waits for the page at this path, loaded.
    void reach(const QString &host, const QString &path)
    {
        QTRY_VERIFY_WITH_TIMEOUT(webView()->property("url").toUrl().host() == host && webView()->property("url").toUrl().path() == path
                                     && !webView()->property("loading").toBool(),
                                 20000);
        QVERIFY(waitDrawn());
    }

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(keepMessage);
        QVERIFY(teeOutput());
        QVERIFY(startApp());
        // The mediator's space, behind the PIN, as the home screen opens it.
        QCOMPARE(controller()->kiosk()->choosePin(u"2468"_s, u"2468"_s), QString());
        QVERIFY(enterMediatorSpace(u"2468"_s));
    }

    void refusedWithoutTitle()
    {
        QVERIFY(press(u"mediatorStudio"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"studioStartPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(press(u"studioStart"_s));
        QTRY_COMPARE(studio()->error(), u"Écrivez un titre en français."_s);
        QCOMPARE(currentPage()->objectName(), u"studioStartPage"_s);
        QVERIFY(!studio()->isActive());
    }

    void recordAPracticeProcedure()
    {
        // The form, typed (the category: the first in the list).
        QVERIFY(press(u"studioTitle"_s));
        QTRY_VERIFY(pageItem(u"studioTitle"_s)->hasActiveFocus());
        test::typeText(window(), u"Mon inscription d'essai"_s);
        QVERIFY(press(u"studioAddress"_s));
        QTRY_VERIFY(pageItem(u"studioAddress"_s)->hasActiveFocus());
        test::typeText(window(), u"http://emploi.localhost/"_s);
        QVERIFY(press(u"studioStart"_s));
        QTRY_VERIFY2(studio()->isActive(), qPrintable(studio()->error()));
        QTRY_COMPARE(currentPage()->objectName(), u"studioRecordPage"_s);
        QVERIFY(pageInPlace());
        QVERIFY(studio()->isActive());
        setOtherWebView(pageItem(u"studioWebView"_s));
        QVERIFY(webView());
        reach(u"emploi.localhost"_s, u"/"_s);
        QVERIFY(screenshot(u"studio-record-fr.png"_s));

        // The cookie banner: selected, then dismissed by its own button, not added as a step.
        dismiss(u"#tarteaucitronAllDenied2"_s, u"#tarteaucitronRoot"_s);
        QCOMPARE(studio()->steps().size(), 0);

        record(u"a[href=\"/compte/creer\"]"_s);
        reach(u"emploi.localhost"_s, u"/compte/creer"_s);
        record(u"#email"_s, u"amina.dupont@example.org"_s);
        QVERIFY(select(u"#mot-de-passe"_s));
        QVERIFY2(studio()->sensitive(), "a password field is sensitive by itself");
        QVERIFY(screenshot(u"studio-proposal-fr.png"_s));
        QCOMPARE(pageItem(u"proposalCompletion"_s)->property("text").toString(), u"Terminée quand le champ est rempli"_s);
        controller()->localization()->setLanguage(u"ar"_s);
        // The card's texts follow the language at once, its completion line too (made in C++).
        QCOMPARE(pageItem(u"proposalCompletion"_s)->property("text").toString(), u"تنتهي عندما يُملأ الحقل"_s);
        QVERIFY(screenshot(u"studio-proposal-ar.png"_s));
        controller()->localization()->setLanguage(u"fr"_s);
        record(u"#mot-de-passe"_s, kSentinel);
        record(u"#mot-de-passe-2"_s, kSentinel);
        record(u"#cgu"_s);
        record(u"#creer"_s);
        reach(u"emploi.localhost"_s, u"/compte/cree"_s);
        record(u"a[href=\"/connexion\"]"_s);
        reach(u"emploi.localhost"_s, u"/connexion"_s);
        record(u"#connexion-pratique"_s);
        // The identity provider: another site.
        reach(u"identite.localhost"_s, u"/autoriser"_s);
        record(u"#identifiant"_s, kSentinel);
        record(u"#mot-de-passe"_s, u"Secret123!"_s);
        record(u"#continuer"_s);
        reach(u"emploi.localhost"_s, u"/inscription/identite"_s);
        dismiss(u".popin-fermer"_s, u".popin"_s); // the site's pop-in
        record(u"#nom"_s, kSentinel);
        QVERIFY(press(u"proposalDone"_s));
        QTRY_COMPARE(studio()->steps().size(), 13);

        const Guide *guide = studio()->guide();
        QVERIFY(guide);
        // The taps that led to a new page end on its address; the provider's host is allowed.
        QCOMPARE(guide->steps.at(0).completion.kind, Completion::Kind::Address);
        QCOMPARE(guide->steps.at(1).completion.kind, Completion::Kind::Fill);
        QCOMPARE(guide->steps.at(7).completion.kind, Completion::Kind::Address);
        QVERIFY(guide->steps.at(7).completion.address.pattern().contains(u"identite.localhost"_s));
        QCOMPARE(guide->steps.at(12).completion.kind, Completion::Kind::Done);
        bool providerAllowed = false;
        for (const HostPattern &host : guide->allowedHosts) {
            providerAllowed = providerAllowed || host.pattern().startsWith(u"identite.localhost"_s);
        }
        QVERIFY(providerAllowed);

        m_guideId = guide->id;
        QVERIFY(press(u"studioSave"_s));
        QTRY_COMPARE(currentPage()->objectName(), u"mediatorPage"_s);
        QCOMPARE(studio()->savedGuideId(), m_guideId);
        QVERIFY(!studio()->isActive());
        setOtherWebView(nullptr);
    }

    void savedGuideIsCheckedAndLocal()
    {
        const QString dir = localRepairDir();
        QVERIFY(QFile::exists(dir + u'/' + m_guideId + u"/guide.json"_s));
        QProcess check;
        check.start(QStringLiteral(PASAPAS_EXECUTABLE), {u"--check-guides"_s, dir});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
        // In the catalog at once, marked local.
        const CatalogEntry *entry = app()->library().find(m_guideId);
        QVERIFY(entry);
        QCOMPARE(entry->guide.steps.size(), 13);
        const QModelIndex index = [&] {
            for (int row = 0; row < controller()->catalog()->rowCount(); ++row) {
                const QModelIndex i = controller()->catalog()->index(row, 0);
                if (i.data(GuideCatalogModel::IdRole).toString() == m_guideId) {
                    return i;
                }
            }
            return QModelIndex();
        }();
        QVERIFY(index.isValid());
        QVERIFY(index.data(GuideCatalogModel::LocalRole).toBool());
    }

    void playedBackToTheEnd()
    {
        QVERIFY(start(m_guideId));
        for (int i = 0; i < 20 && !isFinished(); ++i) {
            QVERIFY2(doCurrentStep(), qPrintable(where()));
        }
        QVERIFY(isFinished());
        controller()->sessions()->end();
    }

    void theSentinelIsNowhere()
    {
        const QByteArray utf8 = kSentinel.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(kSentinel.utf16()), kSentinel.size() * 2);
        QFile saved(localRepairDir() + u'/' + m_guideId + u"/guide.json"_s);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("identite.localhost")); // it is the recorded guide
        QVERIFY(!json.contains(utf8));
        // Every file the app wrote: the saved guide, the settings (KConfig), the journal.
        int files = 0;
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(name), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray bytes = file.readAll();
                ++files;
                QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0);
        {
            const QMutexLocker lock(&logMutex);
            QVERIFY(logLines.join(u'\n').contains(u"studio: guide"_s)); // the log was kept
            QVERIFY(!logLines.join(u'\n').contains(kSentinel));
        }
        // What the process and the web engine's processes wrote out, up to a
        // last line written now (everything before it has been read then).
        std::fprintf(stderr, "SENTINEL_PROBE_END\n");
        (void)fflush(stderr);
        const auto seen = [] {
            const QMutexLocker lock(&logMutex);
            return outputSeen;
        };
        QTRY_VERIFY(seen().contains("SENTINEL_PROBE_END"));
        QVERIFY(seen().contains("first frame drawn")); // the output was kept from the start
        QVERIFY(!seen().contains(utf8));
    }

    void removedFromTheLocalFolder()
    {
        QVERIFY(!studio()->canRemoveLocal(u"practice-inscription"_s)); // a bundled guide stays
        QVERIFY(studio()->canRemoveLocal(m_guideId));
        QVERIFY(studio()->removeLocal(m_guideId));
        QVERIFY(!QFile::exists(localRepairDir() + u'/' + m_guideId));
        QVERIFY(!app()->library().find(m_guideId));
    }

    void aSiteOffTheAllowListOnlyBehindThePin()
    {
        const QString offTheList = u"https://mairie-de-nulle-part.example/"_s;
        // The mediator (behind the PIN) may type any site.
        QCOMPARE(controller()->kiosk()->mode(), Mode::Mediator);
        QCOMPARE(controller()->kiosk()->setGlobalHosts(u"www.service-public.fr\n"_s), QString());
        QVERIFY2(studio()->start(u"first-steps"_s, u"Le portail de la mairie"_s, offTheList), qPrintable(studio()->error()));
        studio()->stop();
        // Without the PIN (accompanied mode), only a site of the global allow-list.
        QVERIFY(controller()->kiosk()->enterMode(Mode::Accompanied));
        QVERIFY(!studio()->start(u"first-steps"_s, u"Le portail de la mairie"_s, offTheList));
        QVERIFY(studio()->error().contains(u"liste des sites autorisés"_s));
        QVERIFY(!studio()->isActive());
        QVERIFY2(studio()->start(u"first-steps"_s, u"Une démarche"_s, u"https://www.service-public.fr/"_s), qPrintable(studio()->error()));
        studio()->stop();
    }

    void neverInTheLockedKiosk()
    {
        QVERIFY(controller()->kiosk()->enterMode(Mode::SelfService));
        QVERIFY(!studio()->start(u"first-steps"_s, u"Un autre guide"_s, u"http://emploi.localhost/"_s));
        QVERIFY(!studio()->isActive());
        QVERIFY(!studio()->error().isEmpty());
    }
};

PASAPAS_APP_TEST_MAIN_IN_PRIVATE_FOLDERS(StudioTest)
#include "tst_studio.moc"
