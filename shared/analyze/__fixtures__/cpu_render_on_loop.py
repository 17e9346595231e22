from fastapi import Body, FastAPI, Response

app = FastAPI()
WIDTH, HEIGHT = 640, 480


def render_heatmap(data: bytes) -> bytes:
    pixels = bytearray()
    for y in range(480):
        for x in range(640):
            pixels.append((data[(x * y) % len(data)] * 7) % 256)
    return bytes(pixels)


@app.post("/heatmap")
async def heatmap(data: bytes = Body(...)):
    png = render_heatmap(data)  # computes on the loop: one request at a time
    return Response(png, media_type="image/png")
