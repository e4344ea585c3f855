// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicesite.h"

#include <QDir>
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QMimeDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pasapas
{

namespace
{
const QStringList &practiceSites()
{
    static const QStringList sites{u"emploi"_s, u"identite"_s, u"prestations"_s, u"courriel"_s};
    return sites;
}

QString siteOf(const QString &host)
{
    const QString lower = host.toLower();
    if (!lower.endsWith(u".localhost"_s)) {
        return {};
    }
    const QString site = lower.chopped(int(qstrlen(".localhost")));
    return practiceSites().contains(site) ? site : QString();
}

QHttpHeaders headers(const QByteArray &contentType)
{
    QHttpHeaders h;
    h.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    h.append(QHttpHeaders::WellKnownHeader::XContentTypeOptions, "nosniff");
    return h;
}

void redirect(QHttpServerResponder &responder, const QUrl &to, QHttpServerResponder::StatusCode status, const QByteArray &cookie = {})
{
    QHttpHeaders h;
    h.append(QHttpHeaders::WellKnownHeader::Location, to.toEncoded());
    if (!cookie.isEmpty()) {
        h.append(QHttpHeaders::WellKnownHeader::SetCookie, cookie);
    }
    responder.write(h, status);
}

/// A sample document of the practice site, downloaded as fileName: its
/// site, its title, and that it has no official value.
void writeSamplePdf(QHttpServerResponder &responder, const QByteArray &fileName, const QString &site, const QString &title)
{
    QHttpHeaders h = headers("application/pdf");
    h.append(QHttpHeaders::WellKnownHeader::ContentDisposition, "attachment; filename=\"" + fileName + '"');
    responder.write(makeSimplePdf({site, title, QString(), u"Ceci est un document d'exemple."_s, u"Il n'a aucune valeur officielle."_s}), h);
}

/// PDF strings escape backslashes and parentheses; text is kept in Latin-1.
QByteArray pdfString(const QString &text)
{
    QByteArray latin = text.toLatin1();
    latin.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + latin + ')';
}
} // namespace

QByteArray makeSimplePdf(const QStringList &lines)
{
    QByteArray content = "BT /F1 16 Tf 72 760 Td 22 TL\n";
    for (const QString &line : lines) {
        content += pdfString(line) + " Tj T*\n";
    }
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

PracticeSite::PracticeSite(QString siteRoot)
    : m_root(std::move(siteRoot))
{
}

bool PracticeSite::isPracticeHost(const QString &host)
{
    return !siteOf(host).isEmpty();
}

int PracticeSite::requestsFor(const QString &site) const
{
    const QMutexLocker locker(&m_figuresLock);
    return m_siteRequests.value(site);
}

PracticeUpload PracticeSite::lastUpload() const
{
    const QMutexLocker locker(&m_figuresLock);
    return m_lastUpload;
}

void PracticeSite::dropHanging()
{
    m_hanging.clear();
}

void PracticeSite::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // Counted before the answer goes: whoever got it sees it counted.
    ++m_requests;
    const QUrl url = request.url();
    const QString site = siteOf(url.host());
    {
        const QMutexLocker locker(&m_figuresLock);
        ++m_siteRequests[site];
    }
    if (site.isEmpty()) {
        responder.write("Unknown site", "text/plain", QHttpServerResponder::StatusCode::NotFound);
        return;
    }
    const QString path = url.path();
    const QUrlQuery query(url);

    if (request.method() == QHttpServerRequest::Method::Post) {
        // The body is never read: what people type stays with them.
        if (site == u"identite" && path == u"/valider") {
            // The way back travels in the form's action address, never in its body.
            const QUrl back(query.queryItemValue(u"retour"_s, QUrl::FullyDecoded));
            if (back.scheme() == u"http" && isPracticeHost(back.host())) {
                QUrl target = back;
                QUrlQuery q(target);
                q.addQueryItem(u"code"_s, u"pratique"_s);
                target.setQuery(q);
                redirect(responder, target, QHttpServerResponder::StatusCode::Found);
            } else {
                serveFile(u"common"_s, u"/404"_s, responder);
            }
            return;
        }
        if (site == u"prestations" && path == u"/papiers/envoyer") {
            // Like a real site: the file's type, pages and size are checked; only those figures stay.
            const PracticeUpload upload = inspectUpload(request);
            {
                const QMutexLocker locker(&m_figuresLock);
                m_lastUpload = upload;
            }
            const QString verdict = upload.accepted()
                ? u"Document reçu : %1, %2 page(s), %3 Ko."_s.arg(upload.type.toUpper()).arg(upload.pages).arg(upload.size / 1024)
                : u"Document refusé : envoyez un PDF ou une photo JPEG de moins de 2 Mo."_s;
            const QString page = u"<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Document — Caisse d'aides</title>"
                                 u"<link rel=\"stylesheet\" href=\"/style.css\"></head><body><main><h1 id=\"verdict\">%1</h1></main></body></html>"_s.arg(verdict.toHtmlEscaped());
            responder.write(page.toUtf8(), headers("text/html; charset=utf-8"));
            return;
        }
        QUrl next = url;
        next.setQuery(u"envoye=1"_s);
        redirect(responder, next, QHttpServerResponder::StatusCode::SeeOther);
        return;
    }

    if (path == u"/retour" && query.queryItemValue(u"code"_s) == u"pratique") {
        if (site == u"emploi") {
            QUrl next = url.resolved(QUrl(u"/inscription/identite"_s));
            next.setQuery(QString());
            redirect(responder, next, QHttpServerResponder::StatusCode::Found, "pp_session=connecte; Path=/; HttpOnly; SameSite=Lax");
            return;
        }
        if (site == u"prestations") {
            QUrl next = url.resolved(QUrl(u"/declaration/ressources"_s));
            next.setQuery(QString());
            redirect(responder, next, QHttpServerResponder::StatusCode::Found, "pp_session=connecte; Path=/; HttpOnly; SameSite=Lax");
            return;
        }
    }
    if (failing(request, site, path, responder)) {
        return;
    }
    if (path == u"/espace-protege") {
        protectedSpace(request, query, responder);
        return;
    }
    if (site == u"emploi" && path == u"/attestation.pdf") {
        writeSamplePdf(responder, "attestation-inscription.pdf", u"Agence Emploi - site d'entrainement"_s, u"Attestation d'inscription"_s);
        return;
    }
    if (site == u"courriel" && path == u"/piece-jointe.pdf") {
        // The attachment of the message in the practice mailbox.
        writeSamplePdf(responder, "formulaire-agence-emploi.pdf", u"Agence Emploi - site d'entraînement"_s, u"Formulaire à compléter"_s);
        return;
    }
    serveFile(site, path, responder);
}

bool PracticeSite::failing(const QHttpServerRequest &request, const QString &site, const QString &path, QHttpServerResponder &responder)
{
    // Sites fail as real ones do, for the guides' failure tests and for
    // mediators to show what happens.
    if (path == u"/panne") {
        // Down for maintenance: 503 with the site's own page.
        QFile page(m_root + u"/common/panne.html"_s);
        const QByteArray body = page.open(QIODevice::ReadOnly) ? page.readAll() : QByteArray("<h1>Service indisponible</h1>");
        QHttpHeaders h = headers("text/html; charset=utf-8");
        h.append(QHttpHeaders::WellKnownHeader::RetryAfter, "120");
        responder.write(body, h, QHttpServerResponder::StatusCode::ServiceUnavailable);
        return true;
    }
    if (path == u"/lent") {
        // Hangs: the answer never comes (the connection stays open until the server stops).
        m_hanging.push_back(std::move(responder));
        return true;
    }
    if (site == u"emploi" && path == u"/expirer") {
        // The site forgets the sign-in (after 15 minutes on real sites): the next page asks for it again.
        redirect(responder, request.url().resolved(QUrl(u"/inscription/identite"_s)), QHttpServerResponder::StatusCode::Found,
            "pp_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        return true;
    }
    if (site == u"emploi" && path.startsWith(u"/inscription/")) {
        const QByteArray cookies = request.headers().combinedValue(QHttpHeaders::WellKnownHeader::Cookie);
        if (!cookies.contains("pp_session=connecte")) {
            QUrl signIn = request.url().resolved(QUrl(u"/connexion"_s));
            signIn.setQuery(u"expire=1"_s);
            redirect(responder, signIn, QHttpServerResponder::StatusCode::Found);
            return true;
        }
    }
    return false;
}

void PracticeSite::protectedSpace(const QHttpServerRequest &request, const QUrlQuery &query, QHttpServerResponder &responder)
{
    // A space behind HTTP authentication, as some older public sites have:
    // any name and password open it (it is practice). They are only
    // checked for being there, never read further, kept or logged.
    QHttpHeaders h = headers("text/plain; charset=utf-8");
    h.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    const QByteArray authorization = request.headers().value(QHttpHeaders::WellKnownHeader::Authorization).toByteArray();
    if (authorization.startsWith("Basic ") && authorization.size() > 6) {
        responder.write("Espace protégé : vous êtes connecté.", h);
        return;
    }
    // "?verifier=1" asks without a challenge: the browser then opens no
    // sign-in window, and the answer says whether it still remembers one.
    if (query.queryItemValue(u"verifier"_s) != u"1") {
        h.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Basic realm=\"Site d'entrainement\"");
    }
    responder.write("Espace protégé : identifiez-vous.", h, QHttpServerResponder::StatusCode::Unauthorized);
}

void PracticeSite::serveFile(const QString &site, const QString &path, QHttpServerResponder &responder)
{
    const bool safe = !path.contains(u".."_s) && !path.contains(u'\\') && path.startsWith(u'/');
    QString file;
    if (safe) {
        const qsizetype dot = path.lastIndexOf(u'.');
        const bool hasExtension = dot > path.lastIndexOf(u'/');
        if (hasExtension) {
            // Shared assets first (style.css), then the site's own.
            file = m_root + u"/common"_s + path;
            if (!QFile::exists(file)) {
                file = m_root + u'/' + site + path;
            }
        } else {
            file = m_root + u'/' + site + (path == u"/" ? u"/index"_s : path) + u".html"_s;
        }
    }
    QFile f(file);
    if (!safe || !f.open(QIODevice::ReadOnly)) {
        QFile notFound(m_root + u"/common/404.html"_s);
        const QByteArray body = notFound.open(QIODevice::ReadOnly) ? notFound.readAll() : QByteArray("<h1>Page introuvable</h1>");
        responder.write(body, headers("text/html; charset=utf-8"), QHttpServerResponder::StatusCode::NotFound);
        return;
    }
    static const QMimeDatabase mimes;
    QByteArray type = mimes.mimeTypeForFile(file, QMimeDatabase::MatchExtension).name().toUtf8();
    if (type.startsWith("text/") || type == "application/javascript") {
        type += "; charset=utf-8";
    }
    responder.write(f.readAll(), headers(type));
}

bool writePracticeSamples(const QString &folder)
{
    QFile sample(QDir(folder).filePath(QStringLiteral("cv-exemple.pdf")));
    return sample.open(QIODevice::WriteOnly)
        && sample.write(makeSimplePdf({QStringLiteral("CV d'exemple"), QStringLiteral("Document d'entrainement, sans valeur.")})) > 0;
}

} // namespace pasapas
