#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help > About: what a user reads out to support. The version is the CMake project version (the
// same one the package and the AppStream release carry), the Qt version is the one running (it
// may differ from the one built against), and the server is the one this window talks to.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // A display string that names the server, never one that holds a secret: Config::serverKey()
    // is meant for this (it leaves the REST API key out). Empty means not connected.
    void setServer(const QString &server);
    QString server() const { return m_server; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    QString m_server;
};
