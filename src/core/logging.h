// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One logging category per part of the app, so that a mediator's technician
// can turn one on: QT_LOGGING_RULES="pasapas.session.debug=true".
// Nothing a person typed or read is ever logged.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp) ///< pasapas.app: start-up, interface, preferences
Q_DECLARE_LOGGING_CATEGORY(lcGuides) ///< pasapas.guides: loading and checking guides
Q_DECLARE_LOGGING_CATEGORY(lcSession) ///< pasapas.session: the guided session
Q_DECLARE_LOGGING_CATEGORY(lcKiosk) ///< pasapas.kiosk: PIN, idle reset, session folders
Q_DECLARE_LOGGING_CATEGORY(lcWeb) ///< pasapas.web: the browser profile and the page bridge
Q_DECLARE_LOGGING_CATEGORY(lcPractice) ///< pasapas.practice: the offline practice site
Q_DECLARE_LOGGING_CATEGORY(lcJournal) ///< pasapas.journal: the activity journal (never what a person typed)
