// SPDX-License-Identifier: GPL-3.0-or-later
#include "webengine.h"
#include "navigationpolicy.h"
#include "sessionprofile.h"

#include <QCoreApplication>
#include <QWebEngineLoadingInfo>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

using namespace Qt::StringLiterals;

namespace pasapas
{

void initializeWebEngine()
{
    // No remote developer tools: they would open every session to whoever connects.
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    // The pages in French whatever the interface language (webEngineFlags).
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", webEngineFlags(qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS")).toLocal8Bit());
    SessionProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QtWebEngineQuick::initialize();
}

LoadVerdict failedLoadVerdict(QWebEngineLoadingInfo::LoadStatus status, QWebEngineLoadingInfo::ErrorDomain errorDomain, int errorCode)
{
    if (status != QWebEngineLoadingInfo::LoadFailedStatus) {
        return {};
    }
    const auto domain = [errorDomain] {
        switch (errorDomain) {
        case QWebEngineLoadingInfo::NoErrorDomain:
            return LoadErrorDomain::None;
        case QWebEngineLoadingInfo::InternalErrorDomain:
            return LoadErrorDomain::Internal;
        case QWebEngineLoadingInfo::ConnectionErrorDomain:
            return LoadErrorDomain::Connection;
        case QWebEngineLoadingInfo::CertificateErrorDomain:
            return LoadErrorDomain::Certificate;
        case QWebEngineLoadingInfo::HttpErrorDomain:
            return LoadErrorDomain::Http;
        case QWebEngineLoadingInfo::FtpErrorDomain:
            return LoadErrorDomain::Ftp;
        case QWebEngineLoadingInfo::DnsErrorDomain:
            return LoadErrorDomain::Dns;
        case QWebEngineLoadingInfo::HttpStatusCodeDomain:
            return LoadErrorDomain::HttpStatus;
        }
        return LoadErrorDomain::Internal;
    }();
    return classifyFailedLoad(domain, errorCode);
}

} // namespace pasapas
