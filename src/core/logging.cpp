// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "pasapas.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGuides, "pasapas.guides", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "pasapas.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKiosk, "pasapas.kiosk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "pasapas.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPractice, "pasapas.practice", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "pasapas.journal", QtInfoMsg)
