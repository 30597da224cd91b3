package io.aitbc.model.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FixedPointTest {

    @Test
    void roundsHalfAwayFromZeroExactly() {
        assertEquals(3, FixedPoint.roundHalfAwayFromZero(2.5));
        assertEquals(-3, FixedPoint.roundHalfAwayFromZero(-2.5));
        assertEquals(2, FixedPoint.roundHalfAwayFromZero(2.4999999999999996));
        assertEquals(0, FixedPoint.roundHalfAwayFromZero(0.49999999999999994)); // floor(x + 0.5) would give 1
        assertEquals(0, FixedPoint.roundHalfAwayFromZero(-0.49999999999999994));
        assertEquals(1L << 52, FixedPoint.roundHalfAwayFromZero(0x1p52));
        assertThrows(QuantizationRangeException.class, () -> FixedPoint.roundHalfAwayFromZero(Double.NaN));
    }

    @Test
    void rescaleIsFloorDivision() {
        assertEquals(-3, FixedPoint.rescale(-5, 1, "t"));
        assertEquals(2, FixedPoint.rescale(5, 1, "t"));
        assertEquals(-1, FixedPoint.rescale(-1, 8, "t"));
        assertEquals(Integer.MAX_VALUE, FixedPoint.rescale(((long) Integer.MAX_VALUE << 4) + 15, 4, "t"));
        assertEquals(Integer.MIN_VALUE, FixedPoint.rescale((long) Integer.MIN_VALUE << 4, 4, "t"));
        assertThrows(QuantizationRangeException.class, () -> FixedPoint.rescale(1L << 35, 4, "t"));
        assertThrows(QuantizationRangeException.class, () -> FixedPoint.rescale(((long) Integer.MIN_VALUE << 4) - 1, 4, "t"));
    }

    @Test
    void quantizeChecksTheWidth() {
        assertEquals(32767, FixedPoint.quantize(127.998, 8, 16, "x"));
        assertEquals(-32768, FixedPoint.quantize(-128.0, 8, 16, "x"));
        assertThrows(QuantizationRangeException.class, () -> FixedPoint.quantize(128.0, 8, 16, "x"));
    }

    @Test
    void weightFractionBitsFollowTheSpec() {
        assertEquals(7, Quantizer.weightFractionBits(0.9, 8));     // round(0.9*128) = 115 <= 127; 0.9*256 -> 230 > 127
        assertEquals(7, Quantizer.weightFractionBits(0.99, 8));    // 126.72 -> 127
        assertEquals(6, Quantizer.weightFractionBits(0.9961, 8));  // 0.9961*128 = 127.5 -> 128 > 127
        assertEquals(24, Quantizer.weightFractionBits(0, 8));
        assertEquals(0, Quantizer.weightFractionBits(127.4, 8));
        assertThrows(QuantizationRangeException.class, () -> Quantizer.weightFractionBits(127.5, 8));
    }
}
