#pragma once

#include <QPointer>
#include <QWidget>

#include "core/user.h"
#include "core/userschema.h"

class QLabel;
class ThumbnailCache;
class ThumbnailReply;

// The head of a profile page, as GNOME Settings' Users panel, KDE's Users page and the Keycloak
// account console open: the person first. The picture (the schema's first FILE_REF column, through
// the ThumbnailCache; a round placeholder with the initials when there is none or it cannot be had),
// the display name, the sign-in address, and "Member since … · Last sign-in …" (what the user has of
// created and lastLogin, in the locale's format). On a staff tab a context line under it says whose
// profile this is and what a save does.
//
// It shows the user as the server has it (the loaded user), not the edits in the form; except the
// picture, which follows the form's picture field (followField()): a chosen (or removed) picture not
// yet saved is shown until the field is back to the stored one.
class ProfileHead : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileHead(QWidget *parent = nullptr);
    ~ProfileHead() override;

    // Where pictures come from; without one the placeholder stays.
    void setThumbnails(ThumbnailCache *thumbnails);
    void setUser(const User &user, const UserSchema &schema);
    // The staff context line; empty hides it.
    void setContext(const QString &text);
    // The form's picture field `name` shows `image` (FieldsBinder::pictureShown): when it is the
    // head's picture property and `unsaved` (chosen, or removed: a null image), it is shown instead
    // of the stored picture; otherwise the stored one is.
    void followField(const QString &name, const QImage &image, bool unsaved);

    // The property the picture comes from (the schema's first FILE_REF column), empty when none.
    static QString pictureProperty(const UserSchema &schema);
    // "AL" for "Alice Liddell", "A" for "alice@example.com".
    static QString initials(const QString &name);
    // The picture's side, in device-independent pixels.
    static constexpr int PictureSize = 64;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPicture(const QImage &image);
    void showPlaceholder();
    void requestPicture();
    void showUnsaved(const QImage &image);
    void showStored();

    QLabel *m_picture;
    QLabel *m_name;
    QLabel *m_address;
    QLabel *m_dates;
    QLabel *m_context;
    QPointer<ThumbnailCache> m_thumbnails;
    QPointer<ThumbnailReply> m_reply;
    QString m_displayName;
    QString m_pictureUrl;
    QString m_pictureProperty;
    bool m_unsaved = false;
};
