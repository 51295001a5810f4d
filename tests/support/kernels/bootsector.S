/* bootsector: 512-byte MBR boot sector for iPXE local-disk and SAN boot tests.
 * The BIOS (or iPXE's sanboot through its INT 13h hook) loads it at 0:7c00 and jumps to it
 * with DL = the boot drive.  It prints "BOOTSECTOR: tag=<tag> drive=0x<DL>" on COM1 and
 * exits QEMU through isa-debug-exit: qemu exit status 105.  The tag is the NUL-padded 16-byte
 * field at offset 0x1a0; tests patch it to tell disk images apart.
 * Build: as --32 -o bootsector.o bootsector.S
 *        ld -m elf_i386 -Ttext=0x7c00 --oformat=binary -o bootsector.bin bootsector.o */
    .code16
    .text
    .globl _start
_start:
    cli
    xor  %ax, %ax
    mov  %ax, %ds
    mov  %ax, %es
    mov  %ax, %ss
    mov  $0x7c00, %sp
    ljmp $0, $1f               /* some loaders enter at 07c0:0000 */
1:  cld
    mov  %dl, %bl              /* boot drive */
    mov  $s_tag, %si
    call puts
    mov  $tag, %si
    mov  $16, %cx
2:  lodsb
    test %al, %al
    jz   3f
    call putc
    loop 2b
3:  mov  $s_drive, %si
    call puts
    mov  %bl, %al
    shr  $4, %al
    call puthexdigit
    mov  %bl, %al
    call puthexdigit
    mov  $s_end, %si
    call puts
    mov  $0xf4, %dx            /* isa-debug-exit: status = (0x34<<1)|1 = 105 */
    mov  $0x34, %eax
    outl %eax, %dx
4:  hlt
    jmp  4b

puthexdigit:                   /* low nibble of al */
    and  $0xf, %al
    add  $'0', %al
    cmp  $'9', %al
    jbe  putc
    add  $7, %al
putc:                          /* al -> COM1 */
    push %dx
    push %ax
5:  mov  $0x3fd, %dx
    in   %dx, %al
    test $0x20, %al
    jz   5b
    pop  %ax
    mov  $0x3f8, %dx
    out  %al, %dx
    pop  %dx
    ret
puts:                          /* ds:si, NUL-terminated */
    lodsb
    test %al, %al
    jz   6f
    call putc
    jmp  puts
6:  ret

s_tag:   .asciz "\r\nBOOTSECTOR: tag="
s_drive: .asciz " drive=0x"
s_end:   .asciz "\r\nBOOTSECTOR: END\r\n"

    .org 0x1a0
tag:     .ascii "disk"             /* patched by the tests */
    .org 0x1fe
    .word 0xaa55
