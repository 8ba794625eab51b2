#pragma once

#include <QDialog>

class QTextBrowser;

// Help › Keyboard shortcuts and Help › Connecting to your Backendless app: short pages shown in
// the app itself (no browser, no network), translated like every other text.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { KeyboardShortcuts, Connecting };

    explicit HelpDialog(Page page, QWidget *parent = nullptr);

    static QString title(Page page);
    static QString html(Page page);

private:
    QTextBrowser *m_text;
};
