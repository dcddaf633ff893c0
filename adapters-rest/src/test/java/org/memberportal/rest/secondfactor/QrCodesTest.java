package org.memberportal.rest.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    private static final String PREFIX = "data:image/png;base64,";

    @Test
    void anAuthenticatorAppReadsTheOtpauthAddressBackFromTheImage() throws IOException, ReaderException {
        String uri = "otpauth://totp/Member%20portal:ada%40customer.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                + "&issuer=Member%20portal&algorithm=SHA1&digits=6&period=30";

        String dataUri = QrCodes.pngDataUri(uri);

        assertThat(dataUri).startsWith(PREFIX);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring(PREFIX.length()))));
        assertThat(image.getWidth()).isBetween(150, 320);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(read).isEqualTo(uri);
    }
}
