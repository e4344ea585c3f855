// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packstore.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace pasapas
{

class Preferences;

/// The fleet's channel: fetches the signed guide pack from the address the
/// mediator set, at start and every few hours, in the background, and
/// installs it through the PackStore when a trusted key signed it. Failure
/// is calm: the current guides stay, the person is told nothing, and the
/// mediator space shows the last check and its result in plain words.
class PackChannel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QString address READ address NOTIFY settingsChanged)
    Q_PROPERTY(QString trustedKeys READ trustedKeys NOTIFY settingsChanged)
    Q_PROPERTY(QStringList trustedKeyIds READ trustedKeyIds NOTIFY settingsChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(QDateTime lastCheck READ lastCheck NOTIFY checked)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY checked)
    Q_PROPERTY(bool lastCheckOk READ lastCheckOk NOTIFY checked)
    Q_PROPERTY(qint64 installedVersion READ installedVersion NOTIFY installedChanged)
    Q_PROPERTY(QDateTime installedDate READ installedDate NOTIFY installedChanged)
    Q_PROPERTY(int installedGuideCount READ installedGuideCount NOTIFY installedChanged)
    Q_PROPERTY(qint64 previousVersion READ previousVersion NOTIFY installedChanged)

public:
    static constexpr int checkIntervalMs = 4 * 60 * 60 * 1000; ///< every four hours
    static constexpr int firstCheckDelayMs = 15 * 1000; ///< after start, once the first screen is up
    static constexpr qint64 maxPackBytes = 64 * 1024 * 1024;

    PackChannel(Preferences *preferences, const QString &storeRoot, QObject *parent = nullptr);
    ~PackChannel() override;

    [[nodiscard]] QString address() const;
    [[nodiscard]] QString trustedKeys() const;
    [[nodiscard]] QStringList trustedKeyIds() const;
    [[nodiscard]] bool checking() const
    {
        return m_checking;
    }
    [[nodiscard]] QDateTime lastCheck() const;
    [[nodiscard]] QString lastResult() const;
    [[nodiscard]] bool lastCheckOk() const;
    [[nodiscard]] qint64 installedVersion() const; ///< 0: no pack
    [[nodiscard]] QDateTime installedDate() const;
    [[nodiscard]] int installedGuideCount() const;
    [[nodiscard]] qint64 previousVersion() const; ///< 0: nothing to roll back to but the bundled guides

    /// The installed pack's guides folder, or empty.
    [[nodiscard]] QString guidesDir() const
    {
        return m_store.guidesDir();
    }

    /// Saves the address and the trusted keys. Returns what is wrong in
    /// plain French (nothing saved), or an empty string.
    Q_INVOKABLE QString configure(const QString &newAddress, const QString &newKeys);
    /// Checks the address now (does nothing while a check runs).
    Q_INVOKABLE void checkNow();
    /// Goes back to the previous pack, or to the bundled guides.
    Q_INVOKABLE bool rollBack();

Q_SIGNALS:
    void settingsChanged();
    void checkingChanged();
    /// A check ended (lastCheck, lastResult).
    void checked();
    void installedChanged();
    /// The guides on disk changed: the library must load them again.
    void guidesChanged();

private:
    QNetworkReply *get(const QUrl &address, const QString &etag);
    void packArrived(QNetworkReply *reply);
    void signatureArrived(QNetworkReply *reply, const QByteArray &pack, const QString &etag);
    void installDone(const PackCheck &check, const QString &etag);
    void finish(bool ok, const QString &result);

    Preferences *m_preferences;
    PackStore m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QNetworkReply *m_reply = nullptr; ///< the download under way
    bool m_checking = false; ///< from the first request to the end of the install
    QTimer m_timer;
};

} // namespace pasapas
