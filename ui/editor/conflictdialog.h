#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

#include "models/profile/conflict.h"

class QButtonGroup;
class UserModel;

namespace Ui {
class ConflictDialog;
}

// Someone changed the profile on the server since it was loaded. For each property both sides
// changed, shows the server's value and the user's and lets them choose, field by field. Nothing
// is overwritten silently: the dialog defaults to "keep mine" only because that is what the user
// just typed, and they see both values before they confirm.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QList<Conflict> &conflicts, const UserModel *model, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    QHash<QString, ConflictChoice> choices() const;
    // For keyboard users and tests: choose for every field at once.
    void chooseAll(ConflictChoice choice);

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QList<Conflict> m_conflicts;
    QHash<QString, QButtonGroup *> m_groups;
};
