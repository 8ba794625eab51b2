#pragma once

#include <QLabel>

// A line of text with a link in it that the keyboard reaches in ONE Tab, as a person expects: a
// QLabel with Qt::LinksAccessibleByKeyboard takes the focus itself first and its link only at the
// next Tab (QLabel::focusNextPrevChild moves between the anchors). Here Tab puts the focus on the
// first link at once (Shift+Tab on the last), Enter opens it (linkActivated()), and the next Tab
// leaves the label as from any other widget: no trap. It opens links in the browser itself
// (openExternalLinks), so a view only sets the text.
class LinkLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LinkLabel(QWidget *parent = nullptr);

protected:
    void focusInEvent(QFocusEvent *event) override;
};
