// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidepack.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pasapas
{

/// The signed packs installed on this tablet, in one folder (the app's data
/// folder + "/packs"): each pack unpacked in a folder of its own, and
/// installed.json saying which is current and which came before. An install
/// unpacks and checks the new pack into a fresh folder, renames it into
/// place, then replaces installed.json in one rename: a crash or a full disk
/// at any point leaves the current pack in use. The previous pack is kept for
/// a one-tap rollback; a rolled-back version is never installed again.
class PackStore
{
public:
    struct Installed
    {
        qint64 version = 0;
        QDateTime date; ///< the pack's date (when it was made)
        QDateTime installedAt;
        QString folder; ///< folder name under the store's root
        int guideCount = 0;
    };

    explicit PackStore(QString root);

    /// The default root: AppDataLocation + "/packs".
    [[nodiscard]] static QString defaultRoot();

    [[nodiscard]] QString root() const
    {
        return m_root;
    }
    [[nodiscard]] std::optional<Installed> current() const;
    [[nodiscard]] std::optional<Installed> previous() const;
    /// The current pack's guides folder, or empty when none is installed.
    [[nodiscard]] QString guidesDir() const;
    /// A new pack must have a version above this: the current one's, or a rolled-back one's.
    [[nodiscard]] qint64 floor() const;

    /// Checks and installs a pack; the current one stays on any problem.
    PackCheck install(const QByteArray &archive, const QByteArray &signature, const QList<minisign::PublicKey> &trusted, const QDateTime &now);
    /// Goes back to the previous pack (or to no pack: the bundled guides).
    /// False when there is nothing to go back from, or installed.json could not be written.
    bool rollBack();

private:
    struct State
    {
        std::optional<Installed> current;
        std::optional<Installed> previous;
        qint64 floor = 0;
    };
    [[nodiscard]] State readState() const;
    bool writeState(const State &state) const;
    /// Removes the pack folders installed.json no longer names, and leftovers of a cut install.
    void removeUnused(const State &state) const;

    QString m_root;
};

} // namespace pasapas
