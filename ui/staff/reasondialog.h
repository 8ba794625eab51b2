#pragma once

#include <QDialog>

#include <memory>

#include "models/staff/journalinggateway.h"

namespace Ui {
class ReasonDialog;
}

// Asks a support-staff member why they change another user's profile, before the save leaves.
// The reason is required: Save stays disabled until something other than spaces is typed.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReasonDialog(const ReasonRequest &request, QWidget *parent = nullptr);
    ~ReasonDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

    // The ReasonAsker of the app: a window-modal dialog over `parent`, shown with open() (no nested
    // event loop), deleted when closed.
    static ReasonAsker asker(QWidget *parent);

private:
    void updateButtons();

    std::unique_ptr<Ui::ReasonDialog> m_ui;
};
