package org.govhall.exchange;

import java.math.BigDecimal;

/**
 * A standard address of the spatial register (标准地址).
 *
 * @param address the full standard address
 * @param divisionCode its district (GB/T 2260)
 * @param street the street or road
 * @param houseNumber the number on it
 * @param longitude WGS 84 longitude
 * @param latitude WGS 84 latitude
 * @param gridCell the 500 m management grid cell (网格)
 * @param code the standard address code (标准地址编码: district and serial), {@code null} before it is registered
 */
public record StandardAddress(String address, String divisionCode, String street, String houseNumber,
		BigDecimal longitude, BigDecimal latitude, String gridCell, String code) {
}
