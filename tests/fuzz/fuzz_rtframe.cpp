// Client: the Real-Time frame parser (RtFrames::parse), which reads whatever an RT server sends over
// the WebSocket. It must never crash, and what it accepts as an event must survive the client's own
// encoding: the name and the data parse back the same.
#include "core/rtframes.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString nsp = QStringLiteral("/app");
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const RtFrames::Frame frame = RtFrames::parse(text, nsp);
    if (frame.kind != RtFrames::Frame::Kind::Event)
        return 0;
    const RtFrames::Frame again = RtFrames::parse(RtFrames::eventFrame(nsp, frame.name, frame.payload), nsp);
    if (again.kind != RtFrames::Frame::Kind::Event || again.name != frame.name)
        Fuzz::finding("an accepted event does not survive its own encoding");
    if (again.payload != frame.payload && !(frame.payload.isUndefined() && again.payload.isNull()))
        Fuzz::finding("an accepted event's data changes through its own encoding");
    return 0;
}
