// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace weft::app {

/// Asks the user to confirm a destructive action. Controllers ask through one of these, so
/// tests can answer instead of a modal message box.
class Confirmer {
public:
    virtual ~Confirmer() = default;
    /// Shows a question with `action` as the accepting button; true when the user accepts.
    virtual bool confirm(
            QWidget *parent, const QString &title, const QString &question, const QString &action);
};

/// Hands every question to another confirmer, so that one (the window's) answers for all the
/// controllers that ask.
class ForwardingConfirmer : public Confirmer {
public:
    explicit ForwardingConfirmer(Confirmer *target) : m_target(target) {}
    bool confirm(QWidget *parent, const QString &title, const QString &question,
            const QString &action) override
    {
        return m_target->confirm(parent, title, question, action);
    }

private:
    Confirmer *m_target;
};

} // namespace weft::app
