// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in through FranceConnect is a hop through other sites (FranceConnect,
// then the identity provider the person chooses, then back). The bundled
// guides that use it walk through those hops with the real engine: at no
// address is the person told they are lost.
#include "guideloader.h"
#include "sessionengine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pasapas;

using State = SessionEngine::State;

namespace
{
Guide bundled(const QString &id)
{
    const GuideLoadResult result = loadGuideFile(QStringLiteral(PASAPAS_SOURCE_DIR) + u"/guides/"_s + id + u"/guide.json"_s);
    if (!result.guide) {
        qFatal("guide %s does not load", qPrintable(id));
    }
    return *result.guide;
}

int indexOf(const Guide &guide, const QString &stepId)
{
    for (qsizetype i = 0; i < guide.steps.size(); ++i) {
        if (guide.steps.at(i).id == stepId) {
            return int(i);
        }
    }
    return -1;
}
} // namespace

class SignInHopsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providerChosenOnFranceConnect_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("site"); ///< the guide's own site, where the hop starts and ends
        QTest::addColumn<QString>("provider");
        for (const char *guide : {"france-travail-inscription", "france-travail-actualisation", "france-travail-attestation", "france-travail-cv"}) {
            QTest::addRow("%s via impots", guide) << QString::fromLatin1(guide) << u"https://candidat.francetravail.fr/connexion"_s
                                                  << u"https://cfspart.impots.gouv.fr/LoginAccess"_s;
            QTest::addRow("%s via ameli", guide) << QString::fromLatin1(guide) << u"https://candidat.francetravail.fr/connexion"_s
                                                 << u"https://fc.assure.ameli.fr/FRCO-app/login"_s;
        }
        QTest::addRow("info-retraite via impots") << u"info-retraite-compte"_s << u"https://www.info-retraite.fr/portail-services/login"_s
                                                  << u"https://cfspart.impots.gouv.fr/LoginAccess"_s;
        QTest::addRow("info-retraite via ameli") << u"info-retraite-compte"_s << u"https://www.info-retraite.fr/portail-services/login"_s
                                                 << u"https://fc.assure.ameli.fr/FRCO-app/login"_s;
    }

    void providerChosenOnFranceConnect()
    {
        QFETCH(QString, guide);
        QFETCH(QString, site);
        QFETCH(QString, provider);
        const Guide g = bundled(guide);
        // The step that sends the person to FranceConnect: the one just before
        // the first step on FranceConnect's pages.
        int onFranceConnect = -1;
        for (qsizetype i = 0; i < g.steps.size(); ++i) {
            if (g.steps.at(i).page.matches(QUrl(u"https://app.franceconnect.gouv.fr/api/v1/authorize"_s))) {
                onFranceConnect = int(i);
                break;
            }
        }
        QVERIFY(onFranceConnect > 0);
        SessionEngine engine(g);
        engine.start();
        engine.addressChanged(QUrl(site));
        // Walk to the step before FranceConnect as the person would (or as the mediator's "next").
        while (engine.currentIndex() < onFranceConnect - 1 && engine.state() != State::Finished) {
            engine.next();
        }
        QCOMPARE(engine.currentIndex(), onFranceConnect - 1);

        const QStringList hops{
            u"https://app.franceconnect.gouv.fr/api/v1/authorize?scope=openid"_s,
            provider,
            provider + u"?etape=mot-de-passe"_s,
            u"https://app.franceconnect.gouv.fr/login-callback"_s,
        };
        QList<int> visited;
        for (const QString &hop : hops) {
            engine.addressChanged(QUrl(hop));
            QVERIFY2(engine.state() != State::OffTrack, qPrintable(u"lost at %1 (step %2)"_s.arg(hop, engine.currentStep()->id)));
            visited.append(engine.currentIndex());
        }
        // On the provider's pages, the guide is at the step for typing the identifiers.
        const Step *onProvider = &g.steps.at(visited.at(1));
        QVERIFY2(onProvider->sensitive, qPrintable(onProvider->id));
        QVERIFY(visited.at(1) > onFranceConnect);
        // Back on the guide's own site: the guide goes on, forward, and is not lost.
        engine.addressChanged(QUrl(site.section(u'/', 0, 2) + u"/espace/accueil"_s));
        QVERIFY(engine.state() != State::OffTrack);
        QVERIFY2(engine.currentIndex() > visited.at(1), qPrintable(engine.currentStep()->id));
    }

    void identifiersAreTypedOnTheProviderOnly()
    {
        // The provider's steps apply on the providers the guide allows, not on any site.
        const Guide g = bundled(u"france-travail-inscription"_s);
        const Step &identifiers = g.steps.at(indexOf(g, u"identifiants-franceconnect"_s));
        QVERIFY(identifiers.page.matches(QUrl(u"https://cfspart.impots.gouv.fr/LoginAccess"_s)));
        QVERIFY(identifiers.page.matches(QUrl(u"https://fc.assure.ameli.fr/login"_s)));
        QVERIFY(!identifiers.page.matches(QUrl(u"https://www.francetravail.fr/"_s)));
        QVERIFY(!identifiers.page.matches(QUrl(u"https://impots.gouv.fr.example.com/"_s)));
    }
};

QTEST_GUILESS_MAIN(SignInHopsTest)
#include "tst_signinhops.moc"
